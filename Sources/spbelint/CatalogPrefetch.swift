import Foundation
import SPBELintCore

/// The default rule catalogue, loaded on another thread while the command line is parsed: a
/// `check` with the shipped packs only needs it, and parsing the options takes about as long as
/// loading it from the rule cache. `CommonOptions.loadCatalog` takes the result (the same value or
/// the same error as loading it then); any other command, or other pack options, load as before.
final class CatalogPrefetch: @unchecked Sendable {
    static let shared = CatalogPrefetch()

    private let condition = NSCondition()
    private var started = false
    private var cacheFolder: URL?
    private var result: Result<RuleCatalog, RuleLoadError>?

    /// Options after which the catalogue is not the default one, or is not needed.
    static let declining: Set<String> = ["--rules", "--no-default-rules", "-h", "--help", "help", "--version",
                                         "--experimental-dump-help", "--generate-completion-script"]

    /// Starts loading when `arguments` (the whole command line) ask for `check` with the default packs.
    func start(arguments: [String]) {
        guard arguments.dropFirst().first == "check",
              !arguments.dropFirst(2).contains(where: { Self.declining.contains($0.split(separator: "=").first.map(String.init) ?? $0) })
        else { return }
        let folder = RuleCatalog.cacheFolder()
        condition.lock()
        started = true
        cacheFolder = folder
        condition.unlock()
        Thread.detachNewThread { [self] in
            let loaded: Result<RuleCatalog, RuleLoadError>
            do throws(RuleLoadError) {
                loaded = .success(try RuleCatalog.load(extraFolders: [], includeDefaults: true, cacheFolder: folder))
            } catch {
                loaded = .failure(error)
            }
            condition.lock()
            result = loaded
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The catalogue loaded ahead, waiting for it, when it is the one asked for; else nil.
    func take(extraFolders: [String], includeDefaults: Bool, cacheFolder: URL?) -> Result<RuleCatalog, RuleLoadError>? {
        condition.lock()
        defer { condition.unlock() }
        guard started, extraFolders.isEmpty, includeDefaults, cacheFolder == self.cacheFolder else { return nil }
        while result == nil { condition.wait() }
        started = false
        defer { result = nil }
        return result
    }

    /// Waits for a load under way to end (so that no cache file is left half written at exit).
    func settle() {
        condition.lock()
        defer { condition.unlock() }
        while started, result == nil { condition.wait() }
    }
}
