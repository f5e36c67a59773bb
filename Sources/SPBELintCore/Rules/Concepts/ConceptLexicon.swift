import Foundation
import Yams

/// The concepts of a rule pack, read strictly from its `concepts.yml`.
public struct ConceptLexicon: Sendable {
    public private(set) var concepts: [String: Concept]
    /// The compiled phrase list of each concept named alone, shared by the rules of the pack.
    let phraseLists = ConceptPhraseLists()

    public init(concepts: [Concept] = []) {
        self.concepts = Dictionary(concepts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The key under which option decoders find the lexicon of the pack being loaded.
    static let userInfoKey = CodingUserInfoKey(rawValue: "spbelint.conceptLexicon")!
    /// The key of the recorder that collects the concepts a rule names, for `explain`.
    static let usageKey = CodingUserInfoKey(rawValue: "spbelint.conceptUsage")!

    /// A concept by id, or nil.
    public func concept(_ id: String) -> Concept? { concepts[id] }

    /// Every phrase of a concept and of the concepts it includes (each once, in order).
    public func phrases(of id: String) -> [String] {
        var seen = Set<String>(), visited = Set<String>(), result: [String] = []
        func visit(_ id: String) {
            guard visited.insert(id).inserted, let concept = concepts[id] else { return }
            for phrase in concept.ownPhrases where seen.insert(phrase).inserted { result.append(phrase) }
            concept.includes.forEach(visit)
        }
        visit(id)
        return result
    }

    /// The exclusions of a concept and of the concepts it includes.
    public func exclusions(of id: String) -> [String] {
        var visited = Set<String>(), result: [String] = []
        func visit(_ id: String) {
            guard visited.insert(id).inserted, let concept = concepts[id] else { return }
            result += concept.excludes
            concept.includes.forEach(visit)
        }
        visit(id)
        return result
    }

    /// The lexicon of the pack folder holding a rule file (`<pack>/<rule>/rule.yml`), or an empty one.
    static func ofPack(holding ruleFile: URL) throws(RuleLoadError) -> ConceptLexicon {
        let file = ruleFile.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("concepts.yml")
        return FileManager.default.fileExists(atPath: file.path) ? try load(file) : ConceptLexicon()
    }

    /// Loads `concepts.yml`: unknown keys and unknown included concepts are errors at `file:line:column`.
    public static func load(_ file: URL) throws(RuleLoadError) -> ConceptLexicon {
        try load(file, cache: nil)
    }

    /// Loads `concepts.yml` from the cache's stored value tree when the file is unchanged since it was cached,
    /// else from its YAML (which is then cached).
    static func load(_ file: URL, cache: RuleFileCache?) throws(RuleLoadError) -> ConceptLexicon {
        if let cache, let blobs = cache.blobs(of: file), blobs.count == 1,
           let definition = try? LexiconDefinition(cachedBytes: blobs[0]),
           let lexicon = complete(definition) {
            return lexicon
        }
        let (lexicon, node) = try loadYAML(file)
        if let cache, let json = CachedValue.render(node),
           (try? LexiconDefinition(cachedBytes: json)).flatMap(complete)?.concepts == lexicon.concepts {
            cache.store(file, blobs: [json])
        }
        return lexicon
    }

    /// The lexicon of a definition whose includes all name known concepts, else nil.
    private static func complete(_ definition: LexiconDefinition) -> ConceptLexicon? {
        let lexicon = ConceptLexicon(concepts: definition.concepts)
        let known = definition.concepts.allSatisfy { $0.includes.allSatisfy { lexicon.concepts[$0] != nil } }
        return known ? lexicon : nil
    }

    private static func loadYAML(_ file: URL) throws(RuleLoadError) -> (ConceptLexicon, Node) {
        let node = try YAMLDecoding.compose(try RulePack.readText(file), file: file.path)
        let definition = try YAMLDecoding.decode(LexiconDefinition.self, from: node, file: file.path)
        let lexicon = ConceptLexicon(concepts: definition.concepts)
        for concept in definition.concepts {
            for included in concept.includes where lexicon.concepts[included] == nil {
                let target = YAMLDecoding.locate([AnyCodingKey(stringValue: "concepts"), AnyCodingKey(stringValue: concept.id),
                                                  AnyCodingKey(stringValue: "includes")], in: node)
                throw RuleLoadError(file: file.path, line: target.mark?.line ?? 1, column: target.mark?.column ?? 1,
                                    message: "concept '\(concept.id)' includes unknown concept '\(included)'")
            }
        }
        return (lexicon, node)
    }
}

/// Records the concepts a rule's options name while they are decoded.
final class ConceptUsage: @unchecked Sendable {
    private(set) var ids: [String] = []
    func record(_ id: String) { if !ids.contains(id) { ids.append(id) } }
}

/// The keys of `concepts.yml`: `concepts:` mapping each id to its label, terms and includes.
struct LexiconDefinition: Decodable {
    var concepts: [Concept]

    enum CodingKeys: String, CodingKey, CaseIterable { case concepts }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let entries = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .concepts)
        concepts = try entries.allKeys.map { key in
            let entry = try entries.decode(ConceptDefinition.self, forKey: key)
            var concept = Concept(id: key.stringValue, label: entry.label, termsByCategory: entry.terms, includes: entry.includes)
            concept.excludes = entry.excludes
            return concept
        }
        concepts.sort { $0.id < $1.id }
    }
}

/// One concept entry as written.
struct ConceptDefinition: Decodable {
    var label: LocalizedText
    var terms: [String: [String]] = [:]
    var includes: [String] = []
    var excludes: [String] = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case label, id, en, older, abbreviations, standards, descriptions, includes, excludes
    }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(LocalizedText.self, forKey: .label)
        for key in [CodingKeys.id, .en, .older, .abbreviations, .standards, .descriptions] {
            if let phrases = try container.decodeIfPresent([String].self, forKey: key) { terms[key.stringValue] = phrases }
        }
        includes = try container.decodeIfPresent([String].self, forKey: .includes) ?? []
        excludes = try container.decodeIfPresent([String].self, forKey: .excludes) ?? []
        if namesNothing {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "a concept needs at least one term or include"))
        }
    }

    /// Whether the concept has no term and includes no other concept (a concept file refuses it).
    var namesNothing: Bool { terms.values.allSatisfy(\.isEmpty) && includes.isEmpty }
}
