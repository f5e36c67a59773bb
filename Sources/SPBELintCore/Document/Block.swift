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
