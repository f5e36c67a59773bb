import Foundation
import Yams

/// The composed YAML of rule pack files, kept between runs in the user's cache folder so that a
/// run whose packs did not change parses no YAML.
///
/// One cache file per set of pack folders (`rules-<hash>.cache` under `$XDG_CACHE_HOME/spbelint`);
/// each entry is a file's path, modification time, size and node tree. A file whose time or size
/// differs from its entry is parsed again. The catalogue built from cached nodes is validated
/// exactly as one built from text (same decoding, same checks); when that fails, the packs are
/// loaded again from their text so that errors point at the right line. Reading or writing the
/// cache never fails a run: an unreadable, unwritable or damaged cache is ignored.
final class RuleFileCache: @unchecked Sendable {
    /// A file's identity as far as the cache is concerned.
    struct Stamp: Hashable {
        var seconds: Int64
        var nanoseconds: Int64
        var size: Int64
    }

    let file: URL
    private let stored: [String: (Stamp, Node)]
    private var used: [String: (Stamp, Node)] = [:]
    private var parsedAgain = false
    private var fromCache = false
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

    /// Opens the cache of this set of pack folders (empty when there is none yet).
    init(folder: URL, roots: [URL]) {
        let key = Fingerprint.make(["rules-cache", Self.formatVersion] + roots.map { $0.standardizedFileURL.path })
        file = folder.appendingPathComponent("rules-\(key.prefix(16)).cache")
        stored = (try? Data(contentsOf: file)).flatMap { CacheFormat.decode($0) } ?? [:]
    }

    static let formatVersion = "1"

    /// The node tree of a rule or pack file: from the cache when the file is unchanged, else parsed.
    func node(of url: URL) throws(RuleLoadError) -> Node {
        let path = url.path
        let stamp = Self.stamp(of: path)
        if let stamp, let (cachedStamp, node) = stored[path], cachedStamp == stamp {
            record(path, stamp, node, parsed: false)
            return node
        }
        let node = try YAMLDecoding.compose(try RulePack.readText(url), file: path)
        if let stamp { record(path, stamp, node, parsed: true) }
        return node
    }

    /// Whether a node of this load came from the cache (so that errors are worth a load from text).
    var servedFromCache: Bool {
        lock.lock()
        defer { lock.unlock() }
        return fromCache
    }

    /// Writes the entries of this load when they differ from what was stored; errors are ignored.
    func save() {
        lock.lock()
        let entries = used
        let changed = parsedAgain || entries.count != stored.count
        lock.unlock()
        guard changed, let data = CacheFormat.encode(entries) else { return }
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            // A new file beside the cache, renamed over it: a symlink at the cache's name is
            // replaced, never written through.
            let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString)")
            try data.write(to: temporary, options: .withoutOverwriting)
            if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            return
        }
    }

    private func record(_ path: String, _ stamp: Stamp, _ node: Node, parsed: Bool) {
        lock.lock()
        used[path] = (stamp, node)
        if parsed { parsedAgain = true } else { fromCache = true }
        lock.unlock()
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
