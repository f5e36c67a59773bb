import Foundation

/// The rules of a run: the packs that ship with spbelint plus any `--rules` folders.
public struct RuleCatalog: Sendable {
    public var packs: [RulePack]

    /// All rules of all packs, in pack then id order.
    public var rules: [Rule] { packs.flatMap(\.rules) }

    /// Loads the default packs (unless `includeDefaults` is false) and each extra folder, which may
    /// be a folder of packs or a single pack. With a `cacheFolder`, the composed YAML of unchanged
    /// pack files is taken from (and stored in) a cache there (see `RuleFileCache`).
    public static func load(extraFolders: [String] = [], includeDefaults: Bool = true,
                            cacheFolder: URL? = nil) throws(RuleLoadError) -> RuleCatalog {
        var roots: [URL] = []
        if includeDefaults {
            guard let defaults = ResourceLocator.folder("Rules") else {
                throw RuleLoadError(file: "Rules", message:
                    "the default rule packs were not found; set SPBELINT_HOME to the folder holding Rules/")
            }
            roots.append(defaults)
        }
        roots += extraFolders.map { URL(fileURLWithPath: $0) }
        guard let cacheFolder else { return try load(roots: roots, includeDefaults: includeDefaults, cache: nil) }
        let cache = RuleFileCache(folder: cacheFolder, roots: roots)
        let catalog = try load(roots: roots, includeDefaults: includeDefaults, cache: cache)
        cache.save()
        return catalog
    }

    private static func load(roots: [URL], includeDefaults: Bool, cache: RuleFileCache?) throws(RuleLoadError) -> RuleCatalog {
        var packs: [RulePack] = []
        for (number, url) in roots.enumerated() {
            if number == 0 && includeDefaults {
                packs += try RulePack.loadAll(from: url, cache: cache)
            } else if FileManager.default.fileExists(atPath: url.appendingPathComponent("pack.yml").path) {
                packs.append(try RulePack.load(from: url, cache: cache))
            } else {
                packs += try RulePack.loadAll(from: url, cache: cache)
            }
        }
        var seen: [String: String] = [:]
        for rule in packs.flatMap(\.rules) {
            if let other = seen[rule.id] {
                throw RuleLoadError(file: rule.folder?.appendingPathComponent("rule.yml").path ?? rule.id,
                                    message: "rule id '\(rule.id)' is already used in pack '\(other)'")
            }
            seen[rule.id] = rule.pack
        }
        return RuleCatalog(packs: packs)
    }

    /// The rule with this id, or nil.
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

extension RuleCatalog {
    /// Where the CLI keeps its cache of composed rule files: `SPBELINT_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/spbelint`, else `~/.cache/spbelint`; nil with `SPBELINT_NO_CACHE=1`.
    public static func cacheFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        RuleFileCache.folder(environment: environment)
    }
}
