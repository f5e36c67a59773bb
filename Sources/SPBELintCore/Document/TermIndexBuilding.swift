/// A term index read span by span in document order (the preamble, then each section's heading and
/// blocks), so that a reader can index the sections it has finished while it reads the rest.
/// The result is the same as `TermIndex(preamble:sections:)` over the same blocks and sections.
struct TermIndexBuilding: Sendable {
    private var index = WordIndex()
    private var headings: [[String]] = []

    /// An empty index with room for about `positions` words.
    init(positions: Int) {
        index.reserveCapacity(positions)
    }

    /// Adds the blocks before the first heading; call it once, before the first section.
    mutating func add(preamble: [Block]) {
        append(preamble, section: -1)
    }

    /// Adds the next section in document order: its heading, then its own blocks.
    mutating func add(_ section: Section) {
        let number = headings.count
        index.append(text: section.rawHeading, lineBreaks: true, section: number, block: -1)
        append(section.blocks, section: number)
        headings.append(HeadingText.normalized(section.rawHeading))
    }

    /// The finished index: the headings' words follow every span, as queries expect.
    consuming func finish() -> TermIndex {
        for heading in headings { index.appendHeading(heading) }
        index.finish()
        return TermIndex(headings: headings, words: index)
    }

    private mutating func append(_ blocks: [Block], section: Int) {
        for (number, block) in blocks.enumerated() {
            index.append(text: block.text, lineBreaks: block.kind == .list || block.kind == .table,
                         section: section, block: number)
        }
    }
}
