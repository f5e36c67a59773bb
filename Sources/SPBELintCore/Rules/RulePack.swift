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
    /// The pack's concepts (`concepts.yml`), which its rules name in their options.
    public var concepts = ConceptLexicon()

    /// Loads every pack found directly under `root` (each a folder holding `pack.yml`).
    public static func loadAll(from root: URL) throws(RuleLoadError) -> [RulePack] {
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
            result.append(try load(from: folder))
        }
        return result
    }

    /// Loads one pack folder strictly: unknown keys, kinds, areas and profiles are errors.
    public static func load(from folder: URL) throws(RuleLoadError) -> RulePack {
        let packFile = folder.appendingPathComponent("pack.yml")
        let packNode = try YAMLDecoding.compose(try readText(packFile), file: packFile.path)
        let definition = try YAMLDecoding.decode(PackDefinition.self, from: packNode, file: packFile.path)
        if !RuleIdentifier.isValid(definition.id) {
            let mark = packNode.mapping?.first(where: { $0.key.string == "id" })?.value.mark
            throw RuleLoadError(file: packFile.path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: RuleIdentifier.problem("pack"))
        }
        let conceptsFile = folder.appendingPathComponent("concepts.yml")
        let lexicon = FileManager.default.fileExists(atPath: conceptsFile.path)
            ? try ConceptLexicon.load(conceptsFile) : ConceptLexicon()
        var rules: [Rule] = []
        let ruleFolders = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        for ruleFolder in ruleFolders.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let ruleFile = ruleFolder.appendingPathComponent("rule.yml")
            guard FileManager.default.fileExists(atPath: ruleFile.path) else { continue }
            rules.append(try RuleLoader.load(ruleFile, pack: definition.id, lexicon: lexicon))
        }
        return RulePack(id: definition.id, title: definition.title, version: definition.version,
                        description: definition.description, folder: folder, rules: rules, concepts: lexicon)
    }

    static func readText(_ url: URL) throws(RuleLoadError) -> String {
        do {
            return try SafeFileReader.readText(url.path, limit: 4 * 1024 * 1024)
        } catch {
            throw RuleLoadError(file: url.path, message: "cannot read: \(error.messageEN)")
        }
    }
}

/// Loads one `rule.yml` into a `Rule`, resolving its kind and options.
enum RuleLoader {
    /// Loads a rule; without a lexicon, the `concepts.yml` of its pack folder (when there is one).
    static func load(_ file: URL, pack: String, lexicon given: ConceptLexicon? = nil) throws(RuleLoadError) -> Rule {
        let lexicon: ConceptLexicon
        if let given { lexicon = given } else { lexicon = try ConceptLexicon.ofPack(holding: file) }
        let text = try RulePack.readText(file)
        let node = try YAMLDecoding.compose(text, file: file.path)
        let definition = try YAMLDecoding.decode(RuleDefinition.self, from: node, file: file.path)
        let folderName = file.deletingLastPathComponent().lastPathComponent
        func position(of key: String) -> (Int, Int) {
            let mark = node.mapping?.first(where: { $0.key.string == key })?.value.mark
            return (mark?.line ?? 1, mark?.column ?? 1)
        }
        guard RuleIdentifier.isValid(definition.id) else {
            let (line, column) = position(of: "id")
            throw RuleLoadError(file: file.path, line: line, column: column, message: RuleIdentifier.problem("rule"))
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
        for plan in definition.enacts ?? [] where !DocumentKind.plans.contains(plan) {
            let (line, column) = position(of: "enacts")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown plan '\(plan)' in enacts (known: \(DocumentKind.plans.joined(separator: ", ")))")
        }
        let optionsNode = node.mapping?["options"] ?? Node.mapping(Node.Mapping([]))
        let usage = ConceptUsage()
        let check = try RuleKindRegistry.makeCheck(kind: kind, options: optionsNode, file: file.path,
                                                   userInfo: [ConceptLexicon.userInfoKey: lexicon, ConceptLexicon.usageKey: usage])
        let optionsYAML = node.mapping?["options"].flatMap { try? Yams.serialize(node: $0) }
        var rule = Rule(id: definition.id, pack: pack, kind: definition.kind, severity: definition.severity,
                    basis: definition.basis ?? LegalBasis(severity: definition.severity), area: area,
                    citations: definition.citations, indicators: definition.indicators ?? [],
                    profiles: definition.profiles ?? [], documentKinds: definition.documents ?? [], message: definition.message,
                    description: definition.description, check: check,
                    folder: file.deletingLastPathComponent(), optionsYAML: optionsYAML,
                    concepts: usage.ids.compactMap(lexicon.concept))
        rule.enacts = definition.enacts ?? []
        return rule
    }
}
