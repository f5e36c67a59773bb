/// Reads a yearly matrix from layout text, where the columns line up: a header line with two or
/// more ascending years (`2016   2017   2018`), then rows whose marks sit under the years.
///
/// The text left of the first year is the row's label (a leading number goes to its own "No"
/// cell); text right of the last year goes to the header column above it (such as "OPD").
enum LayoutTable {
    /// A run of non-space characters (single spaces allowed inside) and its character span.
    struct Chunk {
        var text: String
        var start: Int
        var end: Int
        var centre: Double { Double(start + end) / 2 }
    }

    /// The header's year chunks, when the line is a year header: two or more consecutive years,
    /// each alone ("2025") or with a short label ("Tahun 2025", "TA 2026"), side by side.
    static func yearHeader(_ text: String) -> (left: [Chunk], years: [Chunk], right: [Chunk])? {
        guard mayHoldTwoYears(text) else { return nil }
        var columns: [(chunk: Chunk, year: Int?)] = []
        for chunk in chunks(text, gap: 2) {
            let words = chunks(String(repeating: " ", count: chunk.start) + chunk.text, gap: 1)
            if words.count > 1, words.allSatisfy({ year($0.text) != nil }) {
                columns += words.map { ($0, year($0.text)) }
            } else if chunk.text.count <= 12, words.filter({ year($0.text) != nil }).count == 1,
                      let value = words.lazy.compactMap({ year($0.text) }).first {
                columns.append((chunk, value))
            } else {
                columns.append((chunk, nil))
            }
        }
        let yearIndices = columns.indices.filter { columns[$0].year != nil }
        guard yearIndices.count >= 2, let first = yearIndices.first, let last = yearIndices.last,
              last - first + 1 == yearIndices.count else { return nil }
        let values = yearIndices.compactMap { columns[$0].year }
        guard zip(values, values.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { return nil }
        return (columns[..<first].map(\.chunk), yearIndices.map { columns[$0].chunk }, columns[(last + 1)...].map(\.chunk))
    }

    /// Heading styles that never sit inside a yearly matrix, wherever the line is placed.
    static func endsTable(_ style: PlainHeading.Style) -> Bool {
        switch style {
        case .lampiran, .bab, .bagian, .paragraf, .pasal, .diktum: return true
        case .roman, .decimal, .letter: return false
        }
    }

    /// Reads the table starting at a header line; `lines` are the lines after it, up to the
    /// next heading. Returns the block and how many lines it used, or nil when no row has marks
    /// under the years.
    static func read(header line: PlainLine, following: (lines: ArraySlice<PlainLine>, pageGaps: Set<Int>)) -> (block: Block, used: Int)? {
        let lines = following.lines
        guard let header = yearHeader(line.text) else { return nil }
        let years = header.years
        var bounds: [(low: Double, high: Double)] = []
        for (index, year) in years.enumerated() {
            let low = index == 0 ? Double(year.start) - 4 : (years[index - 1].centre + year.centre) / 2
            let high = index == years.count - 1 ? Double(year.end) + 4 : (year.centre + years[index + 1].centre) / 2
            bounds.append((low, high))
        }
        let leftEdge = bounds[0].low
        let rightEdge = bounds[bounds.count - 1].high
        let hasNumberColumn = header.left.count >= 2
        let labelCells = hasNumberColumn ? 2 : 1
        let width = labelCells + years.count + header.right.count
        var rows: [[TableCell]] = []
        var current: [String]? = nil
        var currentHasMarks = false
        var currentPosition = line.position
        var used = 0
        var blankRun = 0
        var marked = 0
        func flush() {
            guard let cells = current else { return }
            rows.append(cells.enumerated().map { TableCell(text: $0.element, position: currentPosition) })
            current = nil
            currentHasMarks = false
        }
        for (offset, next) in lines.enumerated() {
            if next.isBlank {
                if following.pageGaps.contains(offset) { used += 1; continue }
                blankRun += 1
                if blankRun >= 3 { break }
                used += 1
                continue
            }
            let parts = chunks(next.text, gap: 2)
            let trimmed = next.text.trimmedSpaces
            if let heading = PlainHeading(trimmed) {
                // A heading left of the years ends the table; so does a chapter, Bagian, Pasal or
                // Lampiran heading alone on its line, which a printed page centres over the columns.
                if !parts.contains(where: { Double($0.start) >= leftEdge }) { break }
                if parts.count == 1, Self.endsTable(heading.style) { break }
            }
            if parts.contains(where: { Double($0.start) < leftEdge && Double($0.end) > rightEdge }) { break }
            blankRun = 0
            var label = ""
            var number = ""
            var marks = Array(repeating: "", count: years.count)
            var right = Array(repeating: "", count: header.right.count)
            for part in parts {
                if part.centre < leftEdge {
                    var text = part.text
                    if hasNumberColumn, label.isEmpty, number.isEmpty, let head = text.split(separator: " ").first,
                       head.allSatisfy({ $0.isNumber || $0 == "." }), head.first?.isNumber == true {
                        number = String(head)
                        text = String(text.dropFirst(head.count)).trimmedSpaces
                    }
                    if !text.isEmpty { label += (label.isEmpty ? "" : " ") + text }
                } else if part.centre <= rightEdge {
                    // Marks close together ("√ √ √") are split; a cell's words ("3 kebijakan") are not.
                    let words = chunks(String(repeating: " ", count: part.start) + part.text, gap: 1)
                    for word in words.allSatisfy({ $0.text.count <= 2 }) ? words : [part] {
                        guard let column = bounds.firstIndex(where: { word.centre >= $0.low && word.centre < $0.high }) else { continue }
                        marks[column] += (marks[column].isEmpty ? "" : " ") + word.text
                    }
                } else if !header.right.isEmpty {
                    let column = header.right.indices.min { abs(header.right[$0].centre - part.centre) < abs(header.right[$1].centre - part.centre) }!
                    right[column] += (right[column].isEmpty ? "" : " ") + part.text
                }
            }
            let lineHasMarks = marks.contains { !$0.isEmpty }
            if !number.isEmpty || (lineHasMarks && currentHasMarks) || current == nil {
                flush()
                current = Array(repeating: "", count: width)
                currentPosition = next.position
            }
            var cells = current!
            if hasNumberColumn, !number.isEmpty { cells[0] = number }
            let labelIndex = labelCells - 1
            if !label.isEmpty { cells[labelIndex] += (cells[labelIndex].isEmpty ? "" : " ") + label }
            for (column, mark) in marks.enumerated() where !mark.isEmpty {
                cells[labelCells + column] += (cells[labelCells + column].isEmpty ? "" : " ") + mark
            }
            for (column, text) in right.enumerated() where !text.isEmpty {
                let index = labelCells + years.count + column
                cells[index] += (cells[index].isEmpty ? "" : " ") + text
            }
            current = cells
            currentHasMarks = currentHasMarks || lineHasMarks
            if lineHasMarks { marked += 1 }
            used += 1
        }
        flush()
        guard marked > 0 else { return nil }
        var headerCells: [TableCell] = []
        let leftTexts = header.left.map(\.text)
        if hasNumberColumn {
            headerCells.append(TableCell(text: leftTexts[0], position: line.position))
            headerCells.append(TableCell(text: leftTexts.dropFirst().joined(separator: " "), position: line.position))
        } else {
            headerCells.append(TableCell(text: leftTexts.first ?? "", position: line.position))
        }
        for year in years {
            headerCells.append(TableCell(text: year.text, position: SourcePosition(line: line.position.line,
                                                                                  column: year.start + 1, page: line.position.page)))
        }
        headerCells += header.right.map { TableCell(text: $0.text, position: line.position) }
        return (.table(header: headerCells, rows: rows, at: line.position), used)
    }

    /// Whether the text has two runs of exactly four digits starting "19" or "20" (a fast check
    /// before the real parse).
    static func mayHoldTwoYears(_ text: String) -> Bool {
        var found = 0
        var run = 0
        var first: UInt8 = 0
        var second: UInt8 = 0
        func close() {
            if run == 4, (first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30) { found += 1 }
            run = 0
        }
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                if run == 0 { first = byte } else if run == 1 { second = byte }
                run += 1
            } else {
                close()
                if found >= 2 { return true }
            }
        }
        close()
        return found >= 2
    }

    /// A four-digit year from 1990 to 2099, or nil.
    static func year(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
              (1990...2099).contains(value) else { return nil }
        return value
    }

    /// The runs of text separated by at least `gap` spaces, with their character columns (0-based).
    static func chunks(_ text: String, gap: Int) -> [Chunk] {
        var result: [Chunk] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (offset, character) in text.enumerated() {
            if character == " " || character == "\t" {
                spaces += 1
                continue
            }
            if !current.isEmpty, spaces >= gap {
                result.append(Chunk(text: current, start: start, end: start + current.count))
                current = ""
            }
            if current.isEmpty {
                start = offset
            } else if spaces > 0 {
                current += String(repeating: " ", count: spaces)
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { result.append(Chunk(text: current, start: start, end: start + current.count)) }
        return result
    }
}
