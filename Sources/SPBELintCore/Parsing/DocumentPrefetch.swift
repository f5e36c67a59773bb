import Foundation

/// Documents read ahead on background threads while the run does something else (loads its rule
/// catalogue), so that a run of one or two documents does not wait for both in turn.
///
/// Only files named directly are read ahead, at most one per core beyond the first; a folder,
/// standard input and anything else is read as usual when the run reaches it. Each document is
/// handed out once (`take`) and then forgotten, so it is released when its run is done with it.
public final class DocumentPrefetch: @unchecked Sendable {
    private let lock = NSCondition()
    private var results: [String: Result<Document, InputProblem>] = [:]
    private var pending: Set<String> = []

    /// Starts reading the regular files among `paths` with `loader` (none when there are more
    /// files than cores to spare, since the run then reads them in parallel anyway).
    public init(paths: [String], loader: DocumentLoader,
                cores: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let files = Array(Set(paths.filter(Self.isRegularFile)))
        guard cores > 1, !files.isEmpty, files.count < cores else { return }
        pending = Set(files)
        for path in files {
            Thread.detachNewThread { [self] in
                let result = loader.load(path: path)
                lock.lock()
                results[path] = result
                pending.remove(path)
                lock.broadcast()
                lock.unlock()
            }
        }
    }

    /// The document read ahead for `path`, waiting for it when its reading is under way; nil when
    /// it was not read ahead (or was already taken).
    public func take(_ path: String) -> Result<Document, InputProblem>? {
        lock.lock()
        defer { lock.unlock() }
        while pending.contains(path) { lock.wait() }
        return results.removeValue(forKey: path)
    }

    /// Whether `path` names a regular file (not a folder, device, pipe or standard input).
    private static func isRegularFile(_ path: String) -> Bool {
        guard path != StandardInput.path else { return false }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
