/// Text units of a document with their positions (paragraphs, list items, table rows and cells),
/// for the kinds that look for patterns rather than words.
public struct LocatedText: Sendable {
    public var text: String
    public var position: SourcePosition
    /// The section holding the text, or nil for the preamble.
    public var section: Int?
    /// Later source lines of a wrapped paragraph (see `Block.lineStarts`).
    public var lineStarts: [LineStart] = []

    /// Where the source line of a UTF-8 offset in `text` begins.
    public func position(atOffset offset: Int) -> SourcePosition {
        LineStart.position(atOffset: offset, in: lineStarts, first: position)
    }
}

extension Document {
    /// Paragraph and other block texts, each list item, and each table row (cells joined by tabs),
    /// in the given sections (nil = the whole document), in document order.
    public func locatedTexts(in scope: Set<Int>? = nil) -> [LocatedText] {
        var result: [LocatedText] = []
        forEachLocatedText(in: scope) { result.append($0) }
        return result
    }

    /// Calls `body` with each text `locatedTexts(in:)` gives, in the same order, without keeping
    /// them (a table's row texts live only while `body` reads them).
    public func forEachLocatedText(in scope: Set<Int>? = nil, _ body: (LocatedText) -> Void) {
        func visit(_ blocks: [Block], section: Int?) {
            for block in blocks {
                switch block.kind {
                case .list:
                    for item in block.items { body(LocatedText(text: item.text, position: item.position, section: section)) }
                case .table:
                    guard let table = block.table else { continue }
                    for line in table.lines {
                        body(LocatedText(text: line.text, position: line.position, section: section))
                    }
                default:
                    body(LocatedText(text: block.text, position: block.position, section: section,
                                     lineStarts: block.lineStarts))
                }
            }
        }
        if scope == nil || scope!.contains(-1) { visit(preamble, section: nil) }
        for section in sections where scope?.contains(section.index) ?? true {
            visit(section.blocks, section: section.index)
        }
    }
}
