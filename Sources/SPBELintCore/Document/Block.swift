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
    public var table: Table?

    public init(kind: Kind, text: String, position: SourcePosition, items: [TableCell] = [], table: Table? = nil) {
        self.kind = kind
        self.text = text
        self.position = position
        self.items = items
        self.table = table
    }
}

extension Block {
    /// A list block whose text is its items joined by newlines.
    public static func list(_ items: [TableCell], at position: SourcePosition) -> Block {
        Block(kind: .list, text: items.map(\.text).joined(separator: "\n"), position: position, items: items)
    }

    /// A table block whose text is its cells, tab-separated, one row a line.
    public static func table(header: [TableCell], rows: [[TableCell]], at position: SourcePosition) -> Block {
        let text = ([header] + rows).filter { !$0.isEmpty }
            .map { $0.map(\.text).joined(separator: "\t") }.joined(separator: "\n")
        return Block(kind: .table, text: text, position: position,
                     table: Table(header: header, rows: rows, position: position))
    }
}
