/// A table cell's text and where the cell starts.
public struct TableCell: Sendable, Hashable {
    public var text: String
    public var position: SourcePosition

    public init(text: String, position: SourcePosition) {
        self.text = text
        self.position = position
    }
}

/// A table with one header row and body rows (GFM pipe table, or an XML `tabel`).
public struct Table: Sendable, Hashable {
    public var header: [TableCell]
    public var rows: [[TableCell]]
    public var position: SourcePosition

    public init(header: [TableCell], rows: [[TableCell]], position: SourcePosition) {
        self.header = header
        self.rows = rows
        self.position = position
    }
}
