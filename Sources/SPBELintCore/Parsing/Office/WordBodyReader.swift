/// Walks the body of `word/document.xml` in reading order and numbers every paragraph (¶), turning
/// styled or outlined paragraphs into headings, numbered ones into list items, tables into rows of
/// cells (merged cells repeated down, nested tables as text), and footnotes into notes.
struct WordBodyReader {
    var styles: WordStyles
    var numbering: WordNumbering
    /// Footnote and endnote texts by `f<id>` / `e<id>`.
    var notes: [String: String]
    /// Texts of the `spbelint-…` comments by id.
    var comments: [String: String]
    private(set) var content = OfficeContent()

    init(styles: WordStyles, numbering: WordNumbering, notes: [String: String], comments: [String: String]) {
        self.styles = styles
        self.numbering = numbering
        self.notes = notes
        self.comments = comments
    }

    mutating func read(body: XMLNodeRef) {
        readBlocks(body.elements)
    }

    private mutating func readBlocks(_ nodes: [XMLNodeRef]) {
        for node in nodes {
            switch node.localName {
            case "p":
                readParagraph(node)
            case "tbl":
                var pendingNotes: [(String, Int)] = []
                let first = content.paragraphCount + 1
                let rows = readTable(node, notes: &pendingNotes)
                if rows.contains(where: { $0.contains { !$0.text.isEmpty } }) {
                    content.elements.append(.table(rows: rows, at: first))
                }
                content.elements += pendingNotes.map { .note(text: $0.0, at: $0.1) }
            case "sdt":
                if Self.isTableOfContents(node) {
                    skipCounting(node)
                } else {
                    readBlocks(node.firstElement("sdtContent")?.elements ?? [])
                }
            case "customXml", "ins", "moveTo":
                readBlocks(node.elements)
            case "AlternateContent":
                readBlocks(node.firstElement("Choice")?.elements ?? [])
            default:
                break   // sectPr, bookmarks, del, moveFrom, altChunk
            }
        }
    }

    private mutating func readParagraph(_ paragraph: XMLNodeRef) {
        content.paragraphCount += 1
        let number = content.paragraphCount
        let inline = WordInline.read(paragraph)
        anchor(inline.comments, at: number)
        let properties = paragraph.firstElement("pPr")
        let styleID = properties?.childValue("pStyle")
        let label = listLabel(properties: properties, styleID: styleID)
        if styles.isTableOfContents(styleID) { return }
        let text = WordInline.normalized(inline.text)
        defer { content.elements += noteTexts(inline.notes).map { .note(text: $0, at: number) } }
        guard !text.isEmpty else { return }
        if let level = headingLevel(properties: properties, styleID: styleID) {
            content.elements.append(.heading(OfficeHeading(
                level: level, text: WordInline.normalized(inline.text, oneLine: true),
                label: label.flatMap { $0.isEmpty ? nil : $0 }, paragraph: number)))
        } else if let label {
            content.elements.append(.listItem(text: text, label: label, at: number))
        } else {
            if content.title == nil, styles.isTitle(styleID) {
                content.title = (WordInline.normalized(inline.text, oneLine: true), number)
            }
            if styleID == nil || styleID == styles.defaultStyle { content.unstyledParagraphs.insert(number) }
            content.elements.append(.paragraph(text: text, at: number))
        }
    }

    /// The outline level of the paragraph itself (`w:outlineLvl`), else its style's heading level.
    private func headingLevel(properties: XMLNodeRef?, styleID: String?) -> Int? {
        if let own = properties?.childValue("outlineLvl").flatMap({ Int($0) }) {
            return (0...8).contains(own) ? own + 1 : nil
        }
        return styles.headingLevel(of: styleID)
    }

    /// Counts the paragraph in its list and returns the label Word shows; nil when not numbered.
    private mutating func listLabel(properties: XMLNodeRef?, styleID: String?) -> String? {
        let own = properties?.firstElement("numPr").map(WordNumberingReference.init)
        var reference = own?.over(styles.numbering(of: styleID)) ?? styles.numbering(of: styleID)
            ?? WordNumberingReference(numID: nil, level: nil)
        guard reference.isNumbered, numbering.knows(reference) else { return nil }
        if reference.level == nil {
            reference.level = numbering.level(linkedTo: styleID ?? styles.defaultStyle, in: reference.numID)
        }
        return numbering.next(reference)
    }

    /// Table rows; a cell continuing a vertical merge repeats the cell that started it, a cell
    /// spanning columns is followed by empty cells so columns stay aligned.
    private mutating func readTable(_ table: XMLNodeRef, notes pending: inout [(String, Int)]) -> [[TableCell]] {
        var rows: [[TableCell]] = []
        var mergeOrigin: [Int: TableCell] = [:]
        for row in Self.children(of: table, named: "tr") {
            var cells: [TableCell] = []
            let skipped = row.firstElement("trPr")?.childValue("gridBefore").flatMap { Int($0) } ?? 0
            var column = 0
            for _ in 0..<min(max(skipped, 0), 64) {
                cells.append(TableCell(text: "", position: SourcePosition(paragraph: content.paragraphCount + 1)))
                column += 1
            }
            for cell in Self.children(of: row, named: "tc") {
                let cellProperties = cell.firstElement("tcPr")
                let span = min(max(cellProperties?.childValue("gridSpan").flatMap { Int($0) } ?? 1, 1), 64)
                var read = readCell(cell, notes: &pending)
                if let merge = cellProperties?.firstElement("vMerge") {
                    if merge.value("val") == "restart" {
                        mergeOrigin[column] = read
                    } else if let origin = mergeOrigin[column] {
                        read = TableCell(text: origin.text, position: read.position)
                    }
                } else {
                    mergeOrigin[column] = nil
                }
                cells.append(read)
                for _ in 1..<span { cells.append(TableCell(text: "", position: read.position)) }
                column += span
            }
            rows.append(cells)
        }
        return rows
    }

    /// A cell's paragraphs (list labels shown) and nested tables as text, one line each.
    private mutating func readCell(_ cell: XMLNodeRef, notes pending: inout [(String, Int)]) -> TableCell {
        let first = content.paragraphCount + 1
        var lines: [String] = []
        for node in Self.flattened(cell.elements) {
            switch node.localName {
            case "p":
                content.paragraphCount += 1
                let number = content.paragraphCount
                let inline = WordInline.read(node)
                anchor(inline.comments, at: number)
                let properties = node.firstElement("pPr")
                let label = listLabel(properties: properties, styleID: properties?.childValue("pStyle"))
                let text = WordInline.normalized(inline.text, oneLine: true)
                if !text.isEmpty { lines.append([label ?? "", text].filter { !$0.isEmpty }.joined(separator: " ")) }
                pending += noteTexts(inline.notes).map { ($0, number) }
            case "tbl":
                let nested = readTable(node, notes: &pending)
                lines += nested.map { $0.map(\.text).filter { !$0.isEmpty }.joined(separator: "\t") }.filter { !$0.isEmpty }
            default:
                break
            }
        }
        return TableCell(text: lines.joined(separator: "\n"), position: SourcePosition(paragraph: first))
    }

    private func noteTexts(_ references: [String]) -> [String] {
        references.compactMap { notes[$0] }.filter { !$0.isEmpty }
    }

    private mutating func anchor(_ ids: [String], at paragraph: Int) {
        for id in ids {
            guard let text = comments.removeValue(forKey: id) else { continue }
            content.comments.append(TableCell(text: text, position: SourcePosition(paragraph: paragraph)))
        }
    }

    /// Counts the paragraphs of a skipped block (a table of contents) so later numbers stay right.
    private mutating func skipCounting(_ node: XMLNodeRef) {
        content.paragraphCount += node.descendants("p").count
    }

    /// Block-level wrappers (`w:sdt`, `w:customXml`, tracked insertions) opened, in order.
    private static func flattened(_ nodes: [XMLNodeRef]) -> [XMLNodeRef] {
        nodes.flatMap { node -> [XMLNodeRef] in
            switch node.localName {
            case "sdt": return flattened(node.firstElement("sdtContent")?.elements ?? [])
            case "customXml", "ins", "moveTo": return flattened(node.elements)
            default: return [node]
            }
        }
    }

    private static func children(of node: XMLNodeRef, named name: String) -> [XMLNodeRef] {
        flattened(node.elements).filter { $0.localName == name }
    }

    /// A content control holding Word's generated table of contents.
    private static func isTableOfContents(_ sdt: XMLNodeRef) -> Bool {
        guard let gallery = sdt.firstElement("sdtPr")?.firstElement("docPartObj")?.childValue("docPartGallery") else {
            return false
        }
        return gallery.lowercased().contains("table of contents")
    }
}
