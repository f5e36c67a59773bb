import Foundation
import Testing
@testable import SPBELintCore

/// A table keeps its cells' texts once (as ranges of the block's text): what it gives back must be
/// exactly the cells it was made of, for every shape of table the readers make.
@Suite("Table: cells kept as ranges of one text")
struct TableStorageTests {
    static func cell(_ text: String, _ line: Int, _ column: Int) -> TableCell {
        TableCell(text: text, position: SourcePosition(line: line, column: column))
    }

    static let shapes: [(header: [TableCell], rows: [[TableCell]])] = [
        ([cell("Kegiatan", 1, 1), cell("2025", 1, 12), cell("Penanggung Jawab", 1, 20)],
         [[cell("Penyusunan Arsitektur SPBE", 3, 1), cell("✓", 3, 30), cell("Dinas Komunikasi dan Informatika", 3, 34)],
          [cell("Audit TIK", 4, 1), cell("", 4, 12), cell("Inspektorat", 4, 16)]]),
        // No header, an empty row in the middle, cells holding tabs, newlines and long multibyte text.
        ([], [[cell("a\tb", 2, 1)], [], [cell("baris\nkedua", 5, 2), cell("Évaluasi “TIK” – 東京 😀", 5, 9)]]),
        ([cell("hanya kepala", 7, 1)], []),
        ([], []),
        ([], [[], []]),
    ]

    @Test(arguments: 0..<shapes.count)
    func givesBackTheCellsItWasMadeOf(_ index: Int) {
        let (header, rows) = Self.shapes[index]
        let position = SourcePosition(line: 1, column: 1)
        let table = Table(header: header, rows: rows, position: position)
        #expect(table.header == header)
        #expect(table.rows == rows)
        #expect(table.rowCount == rows.count + 1)
        #expect(table.text == ([header] + rows).filter { !$0.isEmpty }
            .map { $0.map(\.text).joined(separator: "\t") }.joined(separator: "\n"))
        let filled = ([header] + rows).filter { !$0.isEmpty }
        #expect(table.lines.map(\.text) == filled.map { $0.map(\.text).joined(separator: "\t") })
        #expect(table.lines.map(\.position) == filled.map { $0[0].position })
        #expect(table.linePositions == filled.map { $0[0].position })
        for (index, row) in ([header] + rows).enumerated() {
            #expect(table.cellCount(ofRow: index) == row.count)
            #expect(row.indices.map { table.cellText(row: index, column: $0) } == row.map(\.text))
            #expect(table.row(index) == row)
        }
        let block = Block.table(header: header, rows: rows, at: position)
        #expect(block.text == table.text)
        #expect(block.table == table)
        #expect(block == Block.table(header: header, rows: rows, at: position))
    }

    @Test func tablesWithOtherCellsDiffer() {
        let (header, rows) = Self.shapes[0]
        var changed = rows
        changed[1][2] = Self.cell("Bappeda", 4, 16)
        let position = SourcePosition(line: 1, column: 1)
        #expect(Table(header: header, rows: rows, position: position) != Table(header: header, rows: changed, position: position))
        #expect(Block.table(header: header, rows: rows, at: position) != Block.table(header: header, rows: changed, at: position))
        var moved = rows
        moved[0][0] = Self.cell("Penyusunan Arsitektur SPBE", 9, 1)
        #expect(Table(header: header, rows: rows, position: position) != Table(header: header, rows: moved, position: position))
    }

    @Test(arguments: ["kota-contoh-draf.md", "kabupaten-sukamaju-lengkap.xml", "kota-contoh-draf.docx",
                      "perwali-kota-contoh-draf-bermasalah.pdf"])
    func exampleTablesReadBackTheirRows(_ name: String) throws {
        let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(name).path).get()
        let tables = (document.preamble + document.sections.flatMap(\.blocks)).compactMap(\.table)
        for table in tables {
            let again = Table(header: table.header, rows: table.rows, position: table.position)
            #expect(again == table)
            #expect(again.text == CellText.rows([table.header] + table.rows))
        }
    }
}
