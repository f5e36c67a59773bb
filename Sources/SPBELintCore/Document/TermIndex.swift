/// Folded words of every section, with an inverted index, so rules query terms without re-reading text.
///
/// Unit 0 is the preamble; unit `i + 1` is section `i` (its heading and its own blocks, not its children).
public struct TermIndex: Sendable {
    /// Folded words per unit; blocks are separated by an empty word so phrases do not span blocks.
    public let units: [[String]]
    /// Normalised heading words per section (numbering removed, long forms abbreviated).
    public let headings: [[String]]
    private let unitsByWord: [String: [Int]]

    /// Every word as an integer stem id with positions, for concept and phrase queries.
    public let words: WordIndex

    public init(preamble: [Block], sections: [Section]) {
        var index = WordIndex()
        var memo: [String: Int32] = [:]
        var units: [[String]] = [TermIndex.words(of: nil, blocks: preamble, section: -1, into: &index, memo: &memo)]
        units.reserveCapacity(sections.count + 1)
        for (number, section) in sections.enumerated() {
            units.append(TermIndex.words(of: section.rawHeading, blocks: section.blocks, section: number,
                                         into: &index, memo: &memo))
        }
        var inverted: [String: [Int]] = [:]
        for (unit, words) in units.enumerated() {
            for word in Set(words) where !word.isEmpty { inverted[word, default: []].append(unit) }
        }
        let headings = sections.map { HeadingText.normalized($0.rawHeading) }
        for heading in headings { index.appendHeading(heading, memo: &memo) }
        self.units = units
        self.headings = headings
        self.unitsByWord = inverted
        self.words = index
    }

    /// The unit's words (heading, then "" and each block's words), adding each span to the word index.
    private static func words(of heading: String?, blocks: [Block], section: Int,
                              into index: inout WordIndex, memo: inout [String: Int32]) -> [String] {
        var words: [String] = []
        if let heading {
            let tokens = WordTokenizer.tokens(of: heading, lineBreaks: true)
            index.append(tokens, section: section, block: -1, memo: &memo)
            words = tokens.compactMap { $0.isMark ? nil : $0.word }
        }
        for (number, block) in blocks.enumerated() {
            let tokens = WordTokenizer.tokens(of: block.text, lineBreaks: block.kind == .list || block.kind == .table)
            index.append(tokens, section: section, block: number, memo: &memo)
            words.append("")
            for token in tokens where !token.isMark { words.append(token.word) }
        }
        return words
    }

    /// Sections (by index) whose heading or own text contains the phrase; `-1` stands for the preamble.
    public func sections(containing phrase: [String]) -> [Int] {
        guard let first = phrase.first, let candidates = unitsByWord[first] else { return [] }
        return candidates.filter { TextFolding.contains(units[$0], phrase: phrase) }.map { $0 - 1 }
    }

    /// Whether any of the given sections (by index; `-1` for the preamble) contains the phrase.
    public func contains(_ phrase: [String], inSections scope: Set<Int>?) -> Bool {
        let hits = sections(containing: phrase)
        guard let scope else { return !hits.isEmpty }
        return hits.contains { scope.contains($0) }
    }

    /// Total number of words in the document, for statistics.
    public var wordCount: Int { units.reduce(0) { $0 + $1.count } }
}
