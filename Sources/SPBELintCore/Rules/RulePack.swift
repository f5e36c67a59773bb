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
    /// `instruments` defaults to the shipped ones plus an `instruments.yml` in `root`.
    public static func loadAll(from root: URL, instruments: InstrumentRegistry? = nil) throws(RuleLoadError) -> [RulePack] {
        try loadAll(from: root, cache: nil, instruments: instruments)
    }

    static func loadAll(from root: URL, cache: RuleFileCache?, instruments: InstrumentRegistry? = nil) throws(RuleLoadError) -> [RulePack] {
        let registry: InstrumentRegistry
        if let instruments { registry = instruments } else { registry = try InstrumentRegistry.forFolder(root, cache: cache) }
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
        for folder in sortedByName(packs) {
            result.append(try load(from: folder, cache: cache, instruments: registry))
        }
        return result
    }

    /// Loads one pack folder strictly: unknown keys, kinds, areas and profiles are errors.
    /// `instruments` defaults to the shipped ones plus an `instruments.yml` beside the pack folder.
    public static func load(from folder: URL, instruments: InstrumentRegistry? = nil) throws(RuleLoadError) -> RulePack {
        try load(from: folder, cache: nil, instruments: instruments)
    }

    static func load(from folder: URL, cache: RuleFileCache?, instruments: InstrumentRegistry? = nil) throws(RuleLoadError) -> RulePack {
        let registry: InstrumentRegistry
        if let instruments {
            registry = instruments
        } else {
            registry = try InstrumentRegistry.forFolder(folder.deletingLastPathComponent(), cache: cache)
        }
        let packFile = folder.appendingPathComponent("pack.yml")
        let definition = try packDefinition(packFile, cache: cache)
        let ruleFolders = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let ruleFiles = sortedByName(ruleFolders)
            .map { $0.appendingPathComponent("rule.yml") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        // The pack's lexicon is read once (from the cache when unchanged) and shared by its rules.
        let conceptsFile = folder.appendingPathComponent("concepts.yml")
        let lexicon = FileManager.default.fileExists(atPath: conceptsFile.path)
            ? try ConceptLexicon.load(conceptsFile, cache: cache) : ConceptLexicon()
        // Rule files are read in parallel; the first broken file in name order is the one reported.
        let loaded = ParallelMap.map(ruleFiles) { file -> Result<Rule, RuleLoadError> in
            do throws(RuleLoadError) {
                return .success(try RuleLoader.load(file, pack: definition.id, cache: cache, lexicon: lexicon,
                                                    instruments: registry))
            } catch {
                return .failure(error)
            }
        }
        var rules: [Rule] = []
        for result in loaded { rules.append(try result.get()) }
        return RulePack(id: definition.id, title: definition.title, version: definition.version,
                        description: definition.description, folder: folder, rules: rules, concepts: lexicon)
    }

    /// The definition in `pack.yml`: from the cache's stored value tree when the file is unchanged, else its YAML.
    static func packDefinition(_ file: URL, cache: RuleFileCache?) throws(RuleLoadError) -> PackDefinition {
        if let cache, let blobs = cache.blobs(of: file), blobs.count == 1,
           let definition = try? CachedValueDecoder.decode(PackDefinition.self, from: blobs[0]), RuleIdentifier.isValid(definition.id) {
            return definition
        }
        let node = try YAMLDecoding.compose(try readText(file), file: file.path)
        let definition = try YAMLDecoding.decode(PackDefinition.self, from: node, file: file.path)
        if !RuleIdentifier.isValid(definition.id) {
            let mark = node.mapping?.first(where: { $0.key.string == "id" })?.value.mark
            throw RuleLoadError(file: file.path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: RuleIdentifier.problem("pack"))
        }
        if let cache, let tree = CachedValue.render(node), (try? CachedValueDecoder.decode(PackDefinition.self, from: tree)) != nil {
            cache.store(file, blobs: [tree])
        }
        return definition
    }

    /// URLs in the order of their last path component, each name read once (it is not cheap).
    static func sortedByName(_ urls: [URL]) -> [URL] {
        urls.map { ($0.lastPathComponent, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
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
    /// Loads a rule file: from the cache's stored value tree when the file is unchanged since it was cached,
    /// else from its YAML text (which is then cached). Without a lexicon, the `concepts.yml` of its
    /// pack folder (when there is one) gives the concepts its options name.
    /// `instruments` defaults to the shipped ones plus an `instruments.yml` beside the pack folder.
    static func load(_ file: URL, pack: String, cache: RuleFileCache? = nil, lexicon given: ConceptLexicon? = nil,
                     instruments givenInstruments: InstrumentRegistry? = nil) throws(RuleLoadError) -> Rule {
        let lexicon: ConceptLexicon
        if let given { lexicon = given } else { lexicon = try ConceptLexicon.ofPack(holding: file) }
        let instruments: InstrumentRegistry
        if let givenInstruments {
            instruments = givenInstruments
        } else {
            instruments = try InstrumentRegistry.forFolder(file.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent())
        }
        if let cache, let blobs = cache.blobs(of: file), blobs.count == 1,
           let rule = try? load(cached: blobs[0], file: file, pack: pack, lexicon: lexicon, instruments: instruments) {
            return rule
        }
        let node = try YAMLDecoding.compose(try RulePack.readText(file), file: file.path)
        let rule = try load(node: node, file: file, pack: pack, lexicon: lexicon, instruments: instruments)
        if let cache, let tree = CachedValue.render(node),
           (try? load(cached: tree, file: file, pack: pack, lexicon: lexicon, instruments: instruments)) != nil {
            cache.store(file, blobs: [tree])
        }
        return rule
    }

    /// Loads a rule from its composed YAML, with errors at the line and column of the offending key.
    static func load(node: Node, file: URL, pack: String, lexicon: ConceptLexicon = ConceptLexicon(),
                     instruments: InstrumentRegistry) throws(RuleLoadError) -> Rule {
        let definition = try YAMLDecoding.decode(RuleDefinition.self, from: node, file: file.path)
        func position(of key: String) -> (Int, Int) {
            let mark = node.mapping?.first(where: { $0.key.string == key })?.value.mark
            return (mark?.line ?? 1, mark?.column ?? 1)
        }
        let variantNodes = node.mapping?["variants"]?.sequence.map(Array.init) ?? []
        func variantPosition(_ index: Int) -> (Int, Int) {
            let mark = index < variantNodes.count ? variantNodes[index].mark : nil
            return (mark?.line ?? 1, mark?.column ?? 1)
        }
        let usage = ConceptUsage()
        var rule = try assemble(definition, file: file, pack: pack, instruments: instruments, position: position,
                                variantPosition: variantPosition) { kind throws(RuleLoadError) in
            try RuleKindRegistry.makeCheck(kind: kind, options: node.mapping?["options"] ?? Node.mapping(Node.Mapping([])), file: file.path,
                                           userInfo: [ConceptLexicon.userInfoKey: lexicon, ConceptLexicon.usageKey: usage])
        }
        rule.concepts = usage.ids.compactMap(lexicon.concept)
        return rule
    }

    /// Loads a rule from the value tree the cache made of a file that loaded before; any error here
    /// sends the caller back to the YAML text.
    static func load(cached: Data, file: URL, pack: String, lexicon: ConceptLexicon = ConceptLexicon(),
                     instruments: InstrumentRegistry) throws -> Rule {
        guard let tree = CachedValue(bytes: cached), case .object(let pairs) = tree else {
            throw RuleLoadError(file: file.path, message: "damaged cache entry")
        }
        let definition = try RuleDefinition(cached: tree)
        let options = pairs.first(where: { $0.key == "options" })?.value ?? .object([])
        let usage = ConceptUsage()
        var rule = try assemble(definition, file: file, pack: pack, instruments: instruments, position: { _ in (1, 1) },
                                variantPosition: { _ in (1, 1) }) { kind throws(RuleLoadError) in
            try RuleKindRegistry.makeCheck(kind: kind, cached: options, file: file.path,
                                           userInfo: [ConceptLexicon.userInfoKey: lexicon, ConceptLexicon.usageKey: usage])
        }
        rule.concepts = usage.ids.compactMap(lexicon.concept)
        return rule
    }

    /// Checks what decoding cannot (id, area, kind, citations, document kinds) and builds the rule.
    private static func assemble(_ definition: RuleDefinition, file: URL, pack: String, instruments: InstrumentRegistry,
                                 position: (String) -> (Int, Int), variantPosition: (Int) -> (Int, Int),
                                 check makeCheck: (any RuleKind.Type) throws(RuleLoadError) -> any RuleCheck) throws(RuleLoadError) -> Rule {
        guard RuleIdentifier.isValid(definition.id) else {
            let (line, column) = position("id")
            throw RuleLoadError(file: file.path, line: line, column: column, message: RuleIdentifier.problem("rule"))
        }
        let folderName = file.deletingLastPathComponent().lastPathComponent
        guard definition.id == folderName else {
            let (line, column) = position("id")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "rule id '\(definition.id)' must equal its folder name '\(folderName)'")
        }
        guard let area = Area(rawValue: definition.area) else {
            let (line, column) = position("area")
            let known = Area.allCases.map(\.rawValue).joined(separator: ", ")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown area '\(definition.area)' (known: \(known))")
        }
        guard let kind = RuleKindRegistry.kind(named: definition.kind) else {
            let (line, column) = position("kind")
            let known = RuleKindRegistry.all.map { $0.name }.joined(separator: ", ")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown kind '\(definition.kind)' (known: \(known))")
        }
        guard !definition.citations.isEmpty || definition.basis == .praktikBaik else {
            let (line, column) = position("citations")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "a rule needs at least one citation (only a praktik-baik rule may have none)")
        }
        for kind in definition.documents ?? [] where !DocumentKind.known.contains(kind) {
            let (line, column) = position("documents")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown document kind '\(kind)' (known: \(DocumentKind.known.joined(separator: ", ")))")
        }
        for plan in definition.enacts ?? [] where !DocumentKind.plans.contains(plan) {
            let (line, column) = position("enacts")
            throw RuleLoadError(file: file.path, line: line, column: column,
                                message: "unknown plan '\(plan)' in enacts (known: \(DocumentKind.plans.joined(separator: ", ")))")
        }
        let basis = definition.basis ?? LegalBasis(severity: definition.severity)
        try LegalForceGate.check(severity: definition.severity, basis: basis, citations: definition.citations,
                                 file: file.path, at: position(definition.basis == nil ? "severity" : "basis"))
        var variants: [RuleVariant] = []
        for (index, variant) in (definition.variants ?? []).enumerated() {
            let at = variantPosition(index)
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
            var variantRequires: [Instrument] = []
            for id in variant.requires ?? [] {
                guard let instrument = instruments[id] else {
                    throw RuleLoadError(file: file.path, line: at.0, column: at.1,
                                        message: "unknown instrument '\(id)' in the variant's 'requires'")
                }
                variantRequires.append(instrument)
            }
            variants.append(RuleVariant(profiles: variant.profiles ?? [], documentKinds: variant.documents ?? [],
                                        severity: variant.severity, basis: variant.basis, citations: variant.citations,
                                        requires: variantRequires))
        }
        var required: [Instrument] = []
        for id in definition.requires ?? [] {
            guard let instrument = instruments[id] else {
                let (line, column) = position("requires")
                let known = instruments.instruments.keys.sorted().joined(separator: ", ")
                throw RuleLoadError(file: file.path, line: line, column: column,
                                    message: "unknown instrument '\(id)' in 'requires' (known: \(known))")
            }
            required.append(instrument)
        }
        let check = try makeCheck(kind)
        var rule = Rule(id: definition.id, pack: pack, kind: definition.kind, severity: definition.severity,
                        basis: basis, area: area,
                        citations: definition.citations, indicators: definition.indicators ?? [],
                        profiles: definition.profiles ?? [], documentKinds: definition.documents ?? [], message: definition.message,
                        description: definition.description, check: check,
                        folder: file.deletingLastPathComponent())
        rule.enacts = definition.enacts ?? []
        rule.variants = variants
        rule.requires = required
        rule.termLabels = Dictionary((definition.termLabels ?? [:]).map { ($0.key.lowercased(), $0.value) },
                                     uniquingKeysWith: { first, _ in first })
        return rule
    }
}
