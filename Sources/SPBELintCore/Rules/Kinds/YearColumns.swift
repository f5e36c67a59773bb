/// Reads the year columns of a table header ("2025", "Tahun 2026", "2027*").
enum YearColumns {
    /// The year named by a header cell, when the cell is short and names exactly one year.
    static func year(of cell: TableCell) -> Int? {
        let years = Period.years(in: cell.text)
        return years.count == 1 && cell.text.count <= 14 ? years[0] : nil
    }

    /// Years named by a table's header cells, with the cells.
    static func years(of table: Table) -> [(year: Int, cell: TableCell)] {
        table.header.compactMap { cell in year(of: cell).map { ($0, cell) } }
    }
}
