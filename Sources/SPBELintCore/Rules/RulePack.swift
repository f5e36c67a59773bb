import Foundation
import Yams

/// A folder of rules loaded from `Rules/<pack>/`: `pack.yml` plus one folder per rule with `rule.yml`.
public struct RulePack: Sendable {
    public var id: String
    public var title: LocalizedText
    public var version: String
    public var description: LocalizedText?
    public var folder: URL
    public var rules: [Rule]

    /// Loads every pack found directly under `root` (each a folder holding `pack.yml`).
    public static func loadAll(from root: URL) throws(RuleLoadError) -> [RulePack] {
        try loadAll(from: root, cache: nil)
    }

    static func loadAll(from root: URL, cache: RuleFileCache?) throws(RuleLoadError) -> [RulePack] {
        let entries: [URL]
        do {
            entries = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
        } catch {
            throw RuleLoadError(file: root.path, message: "cannot read the rules folder: \(error.localizedDescription)")
        }
        let packs = entries.filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("pack.yml").path) }
        guard !packs.isEmpty else {
            throw RuleLoadError(file: root.path, message: "no rule pack (a folder with pack.yml) in this folder")
        }
        var result: [RulePack] = []
        for folder in packs.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            result.append(try load(from: folder, cache: cache))
        }
        return result
    }

    /// Loads one pack folder strictly: unknown keys, kinds, areas and profiles are errors.
    public static func load(from folder: URL) throws(RuleLoadError) -> RulePack {
        try load(from: folder, cache: nil)
    }

    static func load(from folder: URL, cache: RuleFileCache?) throws(RuleLoadError) -> RulePack {
        let packFile = folder.appendingPathComponent("pack.yml")
        let packNode = try node(of: packFile, cache: cache)
        let definition = try YAMLDecoding.decode(PackDefinition.self, from: packNode, file: packFile.path)
        let ruleFolders = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let ruleFiles = ruleFolders.sorted(by: { $0.lastPathComponent < $1.lastPathComponent })
            .map { $0.appendingPathComponent("rule.yml") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        // Rule files are read in parallel; the first broken file in name order is the one reported.
        let loaded = ParallelMap.map(ruleFiles) { file -> Result<Rule, RuleLoadError> in
            do throws(RuleLoadError) {
                return .success(try RuleLoader.load(file, pack: definition.id, cache: cache))
            } catch {
                return .failure(error)
            }
        }
        var rules: [Rule] = []
        for result in loaded { rules.append(try result.get()) }
        return RulePack(id: definition.id, title: definition.title, version: definition.version,
                        description: definition.description, folder: folder, rules: rules)
    }

    /// The composed YAML of a pack or rule file, from the cache when one is given.
    static func node(of file: URL, cache: RuleFileCache?) throws(RuleLoadError) -> Node {
        if let cache { return try cache.node(of: file) }
        return try YAMLDecoding.compose(try readText(file), file: file.path)
    }

    static func readText(_ url: URL) throws(RuleLoadError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw RuleLoadError(file: url.path, message: "cannot read: \(error.localizedDescription)")
        }
    }
}

/// Loads one `rule.yml` into a `Rule`, resolving its kind and options.
enum RuleLoader {
    static func load(_ file: URL, pack: String, cache: RuleFileCache? = nil) throws(RuleLoadError) -> Rule {
        let node = try RulePack.node(of: file, cache: cache)
        let definition = try YAMLDecoding.decode(RuleDefinition.self, from: node, file: file.path)
        let folderName = file.deletingLastPathComponent().lastPathComponent
        func position(of key: String) -> (Int, Int) {
            let mark = node.mapping?.first(where: { $0.key.string == key })?.value.mark
            return (mark?.line ?? 1, mark?.column ?? 1)
        }
        guard definition.id == folderName else {
            let (line, column) = position(of: "id")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "rule id '\(definition.id)' must equal its folder name '\(folderName)'")
        }
        guard let area = Area(rawValue: definition.area) else {
            let (line, column) = position(of: "area")
            let known = Area.allCases.map(\.rawValue).joined(separator: ", ")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown area '\(definition.area)' (known: \(known))")
        }
        guard let kind = RuleKindRegistry.kind(named: definition.kind) else {
            let (line, column) = position(of: "kind")
            let known = RuleKindRegistry.all.map { $0.name }.joined(separator: ", ")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown kind '\(definition.kind)' (known: \(known))")
        }
        guard !definition.citations.isEmpty else {
            let (line, column) = position(of: "citations")
            throw RuleLoadError(file: file.path, line: line, column: column, message: "a rule needs at least one citation")
        }
        for kind in definition.documents ?? [] where !DocumentKind.known.contains(kind) {
            let (line, column) = position(of: "documents")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown document kind '\(kind)' (known: \(DocumentKind.known.joined(separator: ", ")))")
        }
        let optionsNode = node.mapping?["options"] ?? Node.mapping(Node.Mapping([]))
        let check = try RuleKindRegistry.makeCheck(kind: kind, options: optionsNode, file: file.path)
        return Rule(id: definition.id, pack: pack, kind: definition.kind, severity: definition.severity, area: area,
                    citations: definition.citations, indicators: definition.indicators ?? [],
                    profiles: definition.profiles ?? [], documentKinds: definition.documents ?? [], message: definition.message,
                    description: definition.description, check: check,
                    folder: file.deletingLastPathComponent())
    }
}
