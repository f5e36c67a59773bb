/// A list of phrasings (Indonesian and English), each folded to words once when the rule loads,
/// and compiled to stem patterns for the word index. A rule may also give it by concept: the
/// phrases are then the concept's terms and `concepts` names it.
public struct PhraseList: Sendable, Hashable {
    public let phrases: [String]
    /// Folded words of each phrase, for exact (surface) matching.
    public let words: [[String]]
    /// Each phrase as stems, for matching through affixes, spelling variants and inserted words.
    public let patterns: [TermPattern]
    /// The concepts the list was built from (empty for a plain list).
    public let concepts: [String]
    /// How messages name the list in Indonesian and English, when a concept gives it.
    public let names: (id: String, en: String)?
    /// Longer phrases that cancel a match starting at the same word (they name something else).
    public let exclusions: [TermPattern]

    public init(_ phrases: [String], concepts: [String] = [], names: (id: String, en: String)? = nil,
                exclusions: [String] = []) {
        self.exclusions = exclusions.map(TermPattern.init).filter { !$0.stems.isEmpty }
        var unique: [String] = []
        var seen = Set<String>()
        for phrase in phrases where seen.insert(phrase).inserted { unique.append(phrase) }
        self.phrases = unique
        self.words = unique.map { CompiledPhrase.of($0).words }.filter { !$0.isEmpty }
        self.patterns = unique.map(TermPattern.init).filter { !$0.stems.isEmpty }
        self.concepts = concepts
        self.names = names
    }

    /// The first phrasing, used to name the requirement in messages.
    public var label: String { names?.id ?? phrases.first ?? "" }

    /// Whether any phrasing occurs as a run of words in `candidate`; phrasings of three words or
    /// more may have two words inserted ("Peraturan Presiden [Republik Indonesia] Nomor 95").
    public func matches(_ candidate: [String]) -> Bool {
        words.contains { TextFolding.contains(candidate, phrase: $0) }
            || words.contains { $0.count >= 3 && TextFolding.contains(candidate, phrase: $0, maxInserted: 2) }
    }

    /// Exact runs only (for headings, whose stems the word index matches separately).
    public func matchesExactly(_ candidate: [String]) -> Bool {
        words.contains { TextFolding.contains(candidate, phrase: $0) }
    }

    public static func == (lhs: PhraseList, rhs: PhraseList) -> Bool {
        lhs.phrases == rhs.phrases && lhs.concepts == rhs.concepts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(phrases)
        hasher.combine(concepts)
    }
}
