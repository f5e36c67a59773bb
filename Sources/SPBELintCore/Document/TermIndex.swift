/// The document's words for rule queries: the integer word index (folded words and their stems by
/// position) and each section's normalised heading words, so rules query terms without re-reading text.
public struct TermIndex: Sendable {
    /// Normalised heading words per section (numbering removed, long forms abbreviated).
    public let headings: [[String]]

    /// Every word as an integer id (folded word and stem) with positions, for all term queries.
    public let words: WordIndex

    public init(preamble: [Block], sections: [Section]) {
        var bytes = preamble.reduce(0) { $0 + $1.text.utf8.count }, spans = preamble.count
        for section in sections {
            bytes += section.rawHeading.utf8.count + section.blocks.reduce(0) { $0 + $1.text.utf8.count }
            spans += 1 + section.blocks.count
        }
        // Indonesian plans run at about one word per seven or eight bytes; a little room to spare
        // costs less than the doubling of an array that outgrows its capacity.
        var building = TermIndexBuilding(positions: bytes / 6 + spans + 16)
        building.add(preamble: preamble)
        for section in sections { building.add(section) }
        self = building.finish()
    }

    /// The index of words and normalised headings read by `TermIndexBuilding`.
    init(headings: [[String]], words: WordIndex) {
        self.headings = headings
        self.words = words
    }

    /// No headings and no words: the index of a document kept for its identity only.
    static let empty = TermIndex(headings: [], words: WordIndex.empty)

    /// Sections (by index) whose heading or own text contains the folded words as a contiguous run
    /// inside one heading or block (check marks skipped); `-1` stands for the preamble.
    public func sections(containing phrase: [String]) -> [Int] {
        words.sections(containing: phrase)
    }

    /// Whether any of the given sections (by index; `-1` for the preamble) contains the phrase.
    public func contains(_ phrase: [String], inSections scope: Set<Int>?) -> Bool {
        var found = false
        words.forEachSection(containing: phrase) { section in
            if scope?.contains(section) ?? true { found = true }
            return !found
        }
        return found
    }

    /// Words (check marks left out) in a section's heading and own blocks; `-1` for the preamble.
    public func wordCount(inSection section: Int) -> Int { words.wordCount(inSection: section) }

    /// Total number of words in the document (check marks left out), for statistics.
    public var wordCount: Int { words.wordCount }
}
