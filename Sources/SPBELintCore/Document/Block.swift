/// A content block inside a section: a paragraph, a list item group, a table or other text.
public struct Block: Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: String, Sendable, Hashable {
        case paragraph, list, table, quote, code, other
    }

    public var kind: Kind
    /// The block's plain text (list items joined by newlines; table cells by tabs and newlines).
    public var text: String
    public var position: SourcePosition
    /// List items with their positions, for `list` blocks.
    public var items: [TableCell]
    /// The table, for `table` blocks.
    public var table: Table? {
        get { tableBox?.table }
        set { tableBox = newValue.map(TableBox.init) }
    }
    /// The table behind a reference: most blocks have none, and a table inline would make every
    /// block of a large document 40 bytes larger.
    private var tableBox: TableBox?
    /// Where each later source line of a paragraph begins in `text` (a paragraph wrapped over
    /// several lines is one text; these keep each part's own line). Empty for one-line blocks.
    public var lineStarts: [LineStart]

    public init(kind: Kind, text: String, position: SourcePosition, items: [TableCell] = [], table: Table? = nil,
                lineStarts: [LineStart] = []) {
        self.kind = kind
        self.text = text
        self.position = position
        self.items = items
        self.tableBox = table.map(TableBox.init)
        self.lineStarts = lineStarts
    }

    /// Where the source line of a UTF-8 offset in `text` begins: the block's own position for its
    /// first line, else the start of the later line holding the offset.
    public func position(atOffset offset: Int) -> SourcePosition {
        LineStart.position(atOffset: offset, in: lineStarts, first: position)
    }
}

/// A table kept behind a reference (see `Block.table`); compared and hashed by its table.
private final class TableBox: Sendable, Hashable {
    let table: Table

    init(_ table: Table) {
        self.table = table
    }

    static func == (lhs: TableBox, rhs: TableBox) -> Bool { lhs === rhs || lhs.table == rhs.table }

    func hash(into hasher: inout Hasher) { hasher.combine(table) }
}

/// A later source line of a block: the UTF-8 offset in the block's text where it begins, and
/// where its text starts in the file.
public struct LineStart: Sendable, Hashable {
    public var offset: Int
    public var position: SourcePosition

    public init(offset: Int, position: SourcePosition) {
        self.offset = offset
        self.position = position
    }

    /// The position of the last line starting at or before `offset`, else `first`.
    static func position(atOffset offset: Int, in starts: [LineStart], first: SourcePosition) -> SourcePosition {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? first : starts[low - 1].position
    }
}

extension Block {
    /// A list block whose text is its items joined by newlines.
    public static func list(_ items: [TableCell], at position: SourcePosition) -> Block {
        Block(kind: .list, text: CellText.join(items.count, separator: 0x0A) { items[$0].text }, position: position, items: items)
    }

    /// A table block whose text is its cells, tab-separated, one row a line.
    public static func table(header: [TableCell], rows: [[TableCell]], at position: SourcePosition) -> Block {
        let table = Table(header: header, rows: rows, position: position)
        return Block(kind: .table, text: table.text, position: position, table: table)
    }
}
