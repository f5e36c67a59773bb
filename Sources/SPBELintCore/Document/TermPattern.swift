/// A phrase compiled for the word index: the stems of its words and how many extra words may
/// stand between them ("Peraturan Presiden [Republik Indonesia] Nomor 95").
public struct TermPattern: Sendable, Hashable {
    /// The phrase as written in the rule or lexicon.
    public let phrase: String
    /// Stems of its folded words, in order.
    public let stems: [String]
    /// Extra words allowed in total between the words: 2 for phrases of three words or more,
    /// none for shorter ones (two-word terms such as "pusat data" must be adjacent).
    public let maxInserted: Int

    public init(_ phrase: String) {
        self.phrase = phrase
        self.stems = CompiledPhrase.of(phrase).stems
        self.maxInserted = stems.count >= 3 ? 2 : 0
    }
}
