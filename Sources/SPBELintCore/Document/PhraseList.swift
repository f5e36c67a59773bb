/// A list of phrasings (Indonesian and English), each folded to words once when the rule loads.
public struct PhraseList: Sendable, Decodable, Hashable {
    public let phrases: [String]
    public let words: [[String]]

    public init(_ phrases: [String]) {
        self.phrases = phrases
        self.words = phrases.map { TextFolding.words(of: $0) }.filter { !$0.isEmpty }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let single = try? container.decode(String.self) {
            self.init([single])
        } else {
            self.init(try container.decode([String].self))
        }
    }

    /// The first phrasing, used to name the requirement in messages.
    public var label: String { phrases.first ?? "" }

    /// Whether any phrasing occurs as a run of words in `candidate`.
    public func matches(_ candidate: [String]) -> Bool {
        words.contains { TextFolding.contains(candidate, phrase: $0) }
    }
}
