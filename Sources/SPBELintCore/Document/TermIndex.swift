/// Folded words of every section, with an inverted index, so rules query terms without re-reading text.
///
/// Unit 0 is the preamble; unit `i + 1` is section `i` (its heading and its own blocks, not its children).
public struct TermIndex: Sendable {
    /// Folded words per unit; blocks are separated by an empty word so phrases do not span blocks.
    public let units: [[String]]
    /// Normalised heading words per section (numbering removed, long forms abbreviated).
    public let headings: [[String]]
    private let unitsByWord: [String: [Int]]

    public init(preamble: [Block], sections: [Section]) {
        var units: [[String]] = [TermIndex.words(of: nil, blocks: preamble)]
        units.reserveCapacity(sections.count + 1)
        for section in sections {
            units.append(TermIndex.words(of: section.rawHeading, blocks: section.blocks))
        }
        var inverted: [String: [Int]] = [:]
        for (unit, words) in units.enumerated() {
            for word in Set(words) where !word.isEmpty { inverted[word, default: []].append(unit) }
        }
        self.units = units
        self.headings = sections.map { HeadingText.normalized($0.rawHeading) }
        self.unitsByWord = inverted
    }

    private static func words(of heading: String?, blocks: [Block]) -> [String] {
        var words = heading.map { TextFolding.words(of: $0) } ?? []
        for block in blocks {
            words.append("")
            words.append(contentsOf: TextFolding.words(of: block.text))
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
