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
///
/// The cells' texts are kept once, in `text` (the table block's text); each cell is a range of it
/// with its position, and `header` and `rows` make the cells when asked. A large plan's roadmap
/// tables held every cell's text twice before, and a String and an array per row.
public struct Table: Sendable, Hashable {
    /// The cells' texts, tab-separated, each row that has cells one line (`CellText.rows`).
    public let text: String
    /// Every cell in order, row after row, header first.
    private let cells: [StoredCell]
    /// Where each row's cells end in `cells`; row 0 is the header.
    private let rowEnds: [Int32]
    public var position: SourcePosition

    /// A cell as a UTF-8 range of `text` and its position.
    private struct StoredCell: Sendable, Hashable {
        var start: Int32
        var length: Int32
        var position: SourcePosition
    }

    public init(header: [TableCell], rows: [[TableCell]], position: SourcePosition) {
        let all = [header] + rows
        text = CellText.rows(all)
        var cells: [StoredCell] = []
        cells.reserveCapacity(all.reduce(0) { $0 + $1.count })
        var rowEnds: [Int32] = []
        rowEnds.reserveCapacity(all.count)
        // The offsets CellText.rows wrote the cells at: a tab between cells, a newline between rows with cells.
        var at = 0, firstLine = true
        for row in all {
            if !row.isEmpty {
                if !firstLine { at += 1 }
                firstLine = false
            }
            for (index, cell) in row.enumerated() {
                if index > 0 { at += 1 }
                let length = cell.text.utf8.count
                cells.append(StoredCell(start: Int32(at), length: Int32(length), position: cell.position))
                at += length
            }
            rowEnds.append(Int32(cells.count))
        }
        self.cells = cells
        self.rowEnds = rowEnds
        self.position = position
    }

    /// The header row's cells (empty when the table has none).
    public var header: [TableCell] { row(0) }

    /// The body rows' cells.
    public var rows: [[TableCell]] { (1..<rowEnds.count).map(row) }

    /// The number of rows, the header included.
    public var rowCount: Int { rowEnds.count }

    /// The cells of row `index` (0 is the header).
    public func row(_ index: Int) -> [TableCell] {
        cellRange(ofRow: index).map { cell(at: $0) }
    }

    /// The number of cells of row `index` (0 is the header).
    public func cellCount(ofRow index: Int) -> Int { cellRange(ofRow: index).count }

    /// The text of one cell (row 0 is the header), without making the rest of the row.
    public func cellText(row: Int, column: Int) -> String {
        let stored = cells[cellRange(ofRow: row).lowerBound + column]
        return slice(from: stored.start, to: stored.start + stored.length)
    }

    /// The position of the first cell of each row that has cells, header first: one per line of `text`.
    public var linePositions: [SourcePosition] {
        (0..<rowEnds.count).compactMap { row in
            let range = cellRange(ofRow: row)
            return range.isEmpty ? nil : cells[range.lowerBound].position
        }
    }

    /// Each row that has cells, header first: its cells' texts joined by tabs and
    /// its first cell's position.
    public var lines: [(text: String, position: SourcePosition)] {
        (0..<rowEnds.count).compactMap { row in
            let range = cellRange(ofRow: row)
            guard let first = range.first, let last = range.last else { return nil }
            let end = cells[last].start + cells[last].length
            return (slice(from: cells[first].start, to: end), cells[first].position)
        }
    }

    private func cellRange(ofRow index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(rowEnds[index - 1]))..<Int(rowEnds[index])
    }

    private func cell(at index: Int) -> TableCell {
        let stored = cells[index]
        return TableCell(text: slice(from: stored.start, to: stored.start + stored.length), position: stored.position)
    }

    /// The text between two UTF-8 offsets of `text` (cell boundaries, so whole characters).
    private func slice(from start: Int32, to end: Int32) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(start))
        let upper = utf8.index(lower, offsetBy: Int(end - start))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }
}
