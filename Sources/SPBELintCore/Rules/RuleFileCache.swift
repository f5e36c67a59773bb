import Foundation

/// Rule pack files already validated, kept between runs in the user's cache folder as value trees
/// (`CachedValue`) so that a run whose packs did not change parses no YAML.
///
/// One cache file per set of pack folders (`rules-<hash>.cache` under `$XDG_CACHE_HOME/spbelint`);
/// each entry is a file's path, modification time and size, and its content as a value tree (for a rule
/// file: the whole file and its `options`). A file is stored only after it loaded from its YAML and
/// its tree loaded to the same effect; a file whose time or size changed is read from YAML again.
/// The rule kinds still validate the cached options on every run, and any error on the cached
/// path sends the loader back to the YAML text, so errors always point at the right line.
/// The cache never fails a run: an unreadable, unwritable or damaged cache is ignored, and it is
/// replaced by renaming a new file over it (a symlink in its place is replaced, never followed).
final class RuleFileCache: @unchecked Sendable {
    /// A file's identity as far as the cache is concerned.
    struct Stamp: Hashable {
        var seconds: Int64
        var nanoseconds: Int64
        var size: Int64
    }

    /// One cached file.
    struct Entry {
        var stamp: Stamp
        var blobs: [Data]
    }

    static let formatVersion = "3"

    let file: URL
    private let stored: [String: Entry]
    private var used: [String: Entry] = [:]
    private var changed = false
    private let lock = NSLock()

    /// The cache folder from the environment: `SPBELINT_CACHE_DIR`, else `$XDG_CACHE_HOME/spbelint`,
    /// else `~/.cache/spbelint`; nil with `SPBELINT_NO_CACHE=1` or when none is set.
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let off = environment["SPBELINT_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
        if let explicit = environment["SPBELINT_CACHE_DIR"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("spbelint", isDirectory: true)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/spbelint", isDirectory: true)
        }
        return nil
    }

    /// Opens the cache of this set of pack folders (empty when there is none yet). The key also
    /// names this build of spbelint, so a new build never trusts what an older one validated.
    init(folder: URL, roots: [URL]) {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().path
        let build = Self.stamp(of: executable).map { "\($0.seconds).\($0.nanoseconds).\($0.size)" } ?? "?"
        let key = Fingerprint.make(["rules-cache", Self.formatVersion, SPBELintVersion.current, executable, build]
                                   + roots.map { $0.standardizedFileURL.path })
        file = folder.appendingPathComponent("rules-\(key.prefix(16)).cache")
        stored = (try? Data(contentsOf: file)).flatMap { RuleFileCacheFormat.decode($0) } ?? [:]
    }

    /// The cached content of a file, when the file is unchanged since it was cached.
    func blobs(of url: URL) -> [Data]? {
        let path = url.path
        guard let stamp = Self.stamp(of: path), let entry = stored[path], entry.stamp == stamp else { return nil }
        lock.lock()
        used[path] = entry
        lock.unlock()
        return entry.blobs
    }

    /// Records the content of a file just loaded from its YAML.
    func store(_ url: URL, blobs: [Data]) {
        guard let stamp = Self.stamp(of: url.path) else { return }
        lock.lock()
        used[url.path] = Entry(stamp: stamp, blobs: blobs)
        changed = true
        lock.unlock()
    }

    /// Writes the entries of this load when they differ from what was stored; errors are ignored.
    func save() {
        lock.lock()
        let entries = used
        let differs = changed || entries.count != stored.count
        lock.unlock()
        guard differs else { return }
        let data = RuleFileCacheFormat.encode(entries)
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString)")
            try data.write(to: temporary, options: .withoutOverwriting)
            if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            return
        }
    }

    static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        return Stamp(seconds: Int64(info.st_mtimespec.tv_sec), nanoseconds: Int64(info.st_mtimespec.tv_nsec), size: Int64(info.st_size))
        #else
        return Stamp(seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec), size: Int64(info.st_size))
        #endif
    }
}
