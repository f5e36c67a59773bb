import Foundation

/// The rules of a run: the packs that ship with spbelint plus any `--rules` folders.
public struct RuleCatalog: Sendable {
    public var packs: [RulePack]

    /// All rules of all packs, in pack then id order.
    public var rules: [Rule] { packs.flatMap(\.rules) }

    /// Loads the default packs (unless `includeDefaults` is false) and each extra folder, which may
    /// be a folder of packs or a single pack.
    public static func load(extraFolders: [String] = [], includeDefaults: Bool = true) throws(RuleLoadError) -> RuleCatalog {
        var packs: [RulePack] = []
        if includeDefaults {
            guard let defaults = ResourceLocator.folder("Rules") else {
                throw RuleLoadError(file: "Rules", message:
                    "the default rule packs were not found; set SPBELINT_HOME to the folder holding Rules/")
            }
            packs += try RulePack.loadAll(from: defaults)
        }
        for folder in extraFolders {
            let url = URL(fileURLWithPath: folder)
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("pack.yml").path) {
                packs.append(try RulePack.load(from: url))
            } else {
                packs += try RulePack.loadAll(from: url)
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
