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
    public static func loadAll(from root: URL, instruments: InstrumentRegistry? = nil) throws(RuleLoadError) -> [RulePack] {
        let registry: InstrumentRegistry
        if let instruments { registry = instruments } else { registry = try InstrumentRegistry.forFolder(root) }
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
            result.append(try load(from: folder, instruments: registry))
        }
        return result
    }

    /// Loads one pack folder strictly: unknown keys, kinds, areas and profiles are errors.
    /// `instruments` defaults to the shipped ones plus an `instruments.yml` beside the pack folder.
    public static func load(from folder: URL, instruments: InstrumentRegistry? = nil) throws(RuleLoadError) -> RulePack {
        let registry: InstrumentRegistry
        if let instruments {
            registry = instruments
        } else {
            registry = try InstrumentRegistry.forFolder(folder.deletingLastPathComponent())
        }
        let packFile = folder.appendingPathComponent("pack.yml")
        let packNode = try YAMLDecoding.compose(try readText(packFile), file: packFile.path)
        let definition = try YAMLDecoding.decode(PackDefinition.self, from: packNode, file: packFile.path)
        if !RuleIdentifier.isValid(definition.id) {
            let mark = packNode.mapping?.first(where: { $0.key.string == "id" })?.value.mark
            throw RuleLoadError(file: packFile.path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: RuleIdentifier.problem("pack"))
        }
        var rules: [Rule] = []
        let ruleFolders = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        for ruleFolder in ruleFolders.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let ruleFile = ruleFolder.appendingPathComponent("rule.yml")
            guard FileManager.default.fileExists(atPath: ruleFile.path) else { continue }
            rules.append(try RuleLoader.load(ruleFile, pack: definition.id, instruments: registry))
        }
        return RulePack(id: definition.id, title: definition.title, version: definition.version,
                        description: definition.description, folder: folder, rules: rules)
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
    /// `instruments` defaults to the shipped ones plus an `instruments.yml` beside the pack folder.
    static func load(_ file: URL, pack: String, instruments given: InstrumentRegistry? = nil) throws(RuleLoadError) -> Rule {
        let instruments: InstrumentRegistry
        if let given {
            instruments = given
        } else {
            instruments = try InstrumentRegistry.forFolder(file.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent())
        }
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
        guard !definition.citations.isEmpty || definition.basis == .praktikBaik else {
            let (line, column) = position(of: "citations")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "a rule needs at least one citation (only a praktik-baik rule may have none)")
        }
        for kind in definition.documents ?? [] where !DocumentKind.known.contains(kind) {
            let (line, column) = position(of: "documents")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown document kind '\(kind)' (known: \(DocumentKind.known.joined(separator: ", ")))")
        }
        let basis = definition.basis ?? LegalBasis(severity: definition.severity)
        try LegalForceGate.check(severity: definition.severity, basis: basis, citations: definition.citations,
                                 file: file.path, at: position(of: definition.basis == nil ? "severity" : "basis"))
        var variants: [RuleVariant] = []
        let variantNodes = node.mapping?["variants"]?.sequence.map(Array.init) ?? []
        for (index, variant) in (definition.variants ?? []).enumerated() {
            let mark = index < variantNodes.count ? variantNodes[index].mark : nil
            let at = (mark?.line ?? 1, mark?.column ?? 1)
            for kind in variant.documents ?? [] where !DocumentKind.known.contains(kind) {
                throw RuleLoadError(file: file.path, line: at.0, column: at.1,
                                    message: "unknown document kind '\(kind)' in variant (known: \(DocumentKind.known.joined(separator: ", ")))")
            }
            guard variant.profiles?.isEmpty == false || variant.documents?.isEmpty == false else {
                throw RuleLoadError(file: file.path, line: at.0, column: at.1,
                                    message: "a variant needs 'profiles' or 'documents' to say where it applies")
            }
            try LegalForceGate.check(severity: variant.severity, basis: variant.basis,
                                     citations: variant.citations ?? definition.citations, file: file.path, at: at)
            variants.append(RuleVariant(profiles: variant.profiles ?? [], documentKinds: variant.documents ?? [],
                                        severity: variant.severity, basis: variant.basis, citations: variant.citations))
        }
        var required: [Instrument] = []
        for id in definition.requires ?? [] {
            guard let instrument = instruments[id] else {
                let (line, column) = position(of: "requires")
                let known = instruments.instruments.keys.sorted().joined(separator: ", ")
                throw RuleLoadError(file: file.path, line: line, column: column,
                                    message: "unknown instrument '\(id)' in 'requires' (known: \(known))")
            }
            required.append(instrument)
        }
        for plan in definition.enacts ?? [] where !DocumentKind.plans.contains(plan) {
            let (line, column) = position(of: "enacts")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown plan '\(plan)' in enacts (known: \(DocumentKind.plans.joined(separator: ", ")))")
        }
        let optionsNode = node.mapping?["options"] ?? Node.mapping(Node.Mapping([]))
        let check = try RuleKindRegistry.makeCheck(kind: kind, options: optionsNode, file: file.path)
        let optionsYAML = node.mapping?["options"].flatMap { try? Yams.serialize(node: $0) }
        var rule = Rule(id: definition.id, pack: pack, kind: definition.kind, severity: definition.severity,
                        basis: basis, area: area,
                        citations: definition.citations, indicators: definition.indicators ?? [],
                        profiles: definition.profiles ?? [], documentKinds: definition.documents ?? [], message: definition.message,
                        description: definition.description, check: check,
                        folder: file.deletingLastPathComponent(), optionsYAML: optionsYAML)
        rule.variants = variants
        rule.requires = required
        rule.termLabels = Dictionary((definition.termLabels ?? [:]).map { ($0.key.lowercased(), $0.value) },
                                     uniquingKeysWith: { first, _ in first })
        rule.enacts = definition.enacts ?? []
        return rule
    }
}
