/// Reads a phrase list from rule options: a phrase, a list of phrases, `{concept: id}`, or a list
/// mixing phrases and `{concept: id}` entries. Concepts come from the pack's `concepts.yml`.
extension PhraseList: Decodable {
    public init(from decoder: any Decoder) throws {
        let lexicon = decoder.userInfo[ConceptLexicon.userInfoKey] as? ConceptLexicon ?? ConceptLexicon()
        let usage = decoder.userInfo[ConceptLexicon.usageKey] as? ConceptUsage
        // Cached options: read the value tree by hand (no coding containers; see `CachedFields`).
        if let cached = decoder as? CachedValueDecoder {
            try self.init(cached: cached.value, lexicon: lexicon, usage: usage)
            return
        }
        let container = try decoder.singleValueContainer()
        if let single = try? container.decode(String.self) {
            self.init([single])
            return
        }
        var entries: [PhraseEntry] = []
        if var list = try? decoder.unkeyedContainer() {
            while !list.isAtEnd { entries.append(try list.decode(PhraseEntry.self)) }
        } else {
            entries = [try container.decode(PhraseEntry.self)]
        }
        try self.init(entries: entries, lexicon: lexicon, usage: usage, codingPath: decoder.codingPath)
    }

    /// A phrase list from a cached value tree (see `CachedFields`).
    init(cached value: CachedValue, lexicon: ConceptLexicon, usage: ConceptUsage?) throws {
        switch value {
        case .string(let single): self.init([single])
        case .array(let items):
            try self.init(entries: items.map(PhraseEntry.init(cached:)), lexicon: lexicon, usage: usage, codingPath: [])
        default: try self.init(entries: [PhraseEntry(cached: value)], lexicon: lexicon, usage: usage, codingPath: [])
        }
    }

    /// The list of decoded entries: one known concept is its shared list, else the phrases with
    /// each concept's terms and exclusions.
    init(entries: [PhraseEntry], lexicon: ConceptLexicon, usage: ConceptUsage?, codingPath: [any CodingKey]) throws {
        if entries.count == 1, case .concept(let id) = entries[0], lexicon.concept(id) != nil {
            usage?.record(id)
            self = lexicon.phraseLists.list(of: id, in: lexicon)
            return
        }
        var phrases: [String] = [], concepts: [String] = [], exclusions: [String] = []
        for entry in entries {
            switch entry {
            case .phrase(let phrase): phrases.append(phrase)
            case .concept(let id):
                guard lexicon.concept(id) != nil else {
                    let known = lexicon.concepts.keys.sorted().joined(separator: ", ")
                    throw DecodingError.dataCorrupted(.init(codingPath: codingPath,
                        debugDescription: "unknown concept '\(id)' (known: \(known.isEmpty ? "none: the pack has no concepts.yml" : known))"))
                }
                usage?.record(id)
                concepts.append(id)
                phrases += lexicon.phrases(of: id)
                exclusions += lexicon.exclusions(of: id)
            }
        }
        let names = concepts.count == 1 && entries.count == 1 ? lexicon.concept(concepts[0]).map { ($0.label.id, $0.label.en) } : nil
        self.init(phrases, concepts: concepts, names: names, exclusions: exclusions)
    }
}

/// One entry of a phrase list: a phrase, or `{concept: id}`.
enum PhraseEntry: Decodable {
    case phrase(String)
    case concept(String)

    enum CodingKeys: String, CodingKey, CaseIterable { case concept }

    /// Decodes from YAML (a cached value tree goes through `init(cached:)`).
    init(from decoder: any Decoder) throws {
        if let phrase = try? decoder.singleValueContainer().decode(String.self) {
            self = .phrase(phrase)
            return
        }
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        self = .concept(try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .concept))
    }
}
