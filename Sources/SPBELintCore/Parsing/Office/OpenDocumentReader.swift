/// Reads an OpenDocument Text package (`content.xml`, `styles.xml`, `meta.xml`) into
/// `OfficeContent`: `text:h` by outline level (numbered by the outline style or `text:number`),
/// paragraphs in heading styles, lists with their labels, `table:table` with merged cells,
/// footnotes as notes; tracked deletions, tables of contents, frames (images, text boxes) and
/// comments other than `spbelint-…` ones are left out.
struct OpenDocumentReader {
    private let styles: OpenDocumentStyles
    private(set) var content = OfficeContent()
    /// Chapter counters of the outline numbering, by level.
    private var outlineCounters: [Int] = []
    /// Counters of the list being read, by nesting depth, and lists continued by style name.
    private var listCounters: [Int] = []
    private var savedCounters: [String: [Int]] = [:]

    static func read(_ package: OfficePackage, path: String) throws(InputProblem) -> OfficeContent {
        if let manifest = try package.xml("META-INF/manifest.xml"),
           withExtendedLifetime(manifest, { !manifest.root.descendants("encryption-data").isEmpty }) {
            throw OfficeProblem.encrypted(path)
        }
        guard let contentPart = try package.xml("content.xml") else { throw OfficeProblem.missingPart(path, part: "content.xml") }
        guard let text = contentPart.root.firstElement("body")?.firstElement("text") else {
            throw OfficeProblem.missingPart(path, part: "content.xml (office:text)")
        }
        let stylesPart = try package.xml("styles.xml")
        var reader = withExtendedLifetime(stylesPart) {
            OpenDocumentReader(styles: OpenDocumentStyles(content: contentPart.root, styles: stylesPart?.root))
        }
        withExtendedLifetime(contentPart) { reader.readBlocks(text.elements, list: nil) }
        let metaPart = try package.xml("meta.xml")
        withExtendedLifetime(metaPart) {
            let meta = metaPart?.root.firstElement("meta")
            reader.content.metadata = OfficeProperties.userDefined(meta)
            reader.content.fallbackMetadata = OfficeProperties.core(meta)
        }
        return reader.content
    }

    private init(styles: OpenDocumentStyles) {
        self.styles = styles
    }

    /// `list` is the style of the enclosing list, when inside one.
    private mutating func readBlocks(_ nodes: [XMLNodeRef], list: String?) {
        for node in nodes {
            switch node.localName {
            case "h": readHeading(node)
            case "p": readParagraph(node, listLabel: nil)
            case "list": readList(node, style: node.value("style-name") ?? list)
            case "table":
                let first = content.paragraphCount + 1
                var notes: [(String, Int)] = []
                let rows = readTable(node, notes: &notes)
                if rows.contains(where: { $0.contains { !$0.text.isEmpty } }) {
                    content.elements.append(.table(rows: rows, at: first))
                }
                content.elements += notes.map { .note(text: $0.0, at: $0.1) }
            case "section", "deletion-wrapper": readBlocks(node.elements, list: list)
            case "table-of-content", "alphabetical-index", "illustration-index", "table-index", "object-index",
                 "user-index", "bibliography":
                content.paragraphCount += node.descendants("p").count + node.descendants("h").count
            default: break   // tracked-changes, sequence-decls, frames, soft page breaks
            }
        }
    }

    private mutating func readHeading(_ heading: XMLNodeRef) {
        let level = max(1, min(heading.value("outline-level").flatMap { Int($0) } ?? 1, 10))
        outlineCounters = Array(outlineCounters.prefix(level))
        while outlineCounters.count < level { outlineCounters.append((styles.outline[outlineCounters.count + 1]?.start ?? 1) - 1) }
        outlineCounters[level - 1] = min(outlineCounters[level - 1] + 1, ListNumberFormat.counterRange.upperBound)
        let inline = OpenDocumentInline.read(heading)
        content.paragraphCount += 1
        let number = content.paragraphCount
        record(inline, at: number)
        let text = WordInline.normalized(inline.text, oneLine: true)
        defer { notes(inline, at: number) }
        guard !text.isEmpty else { return }
        let shown = inline.number ?? OpenDocumentStyles.label(outlineCounters, levels: styles.outline)
        content.elements.append(.heading(OfficeHeading(level: level, text: text, label: shown.isEmpty ? nil : shown,
                                                       paragraph: number)))
    }

    private mutating func readParagraph(_ paragraph: XMLNodeRef, listLabel: String?) {
        let inline = OpenDocumentInline.read(paragraph)
        content.paragraphCount += 1
        let number = content.paragraphCount
        record(inline, at: number)
        let style = paragraph.value("style-name")
        let text = WordInline.normalized(inline.text)
        defer { notes(inline, at: number) }
        guard !text.isEmpty else { return }
        // A `text:h` inside a list is a heading numbered by that list.
        let outline = paragraph.localName == "h"
            ? max(1, min(paragraph.value("outline-level").flatMap { Int($0) } ?? 1, 10)) : nil
        if let level = outline ?? styles.headingLevel(of: style) {
            content.elements.append(.heading(OfficeHeading(level: level, text: WordInline.normalized(inline.text, oneLine: true),
                                                           label: listLabel.flatMap { $0.isEmpty ? nil : $0 }, paragraph: number)))
        } else if let listLabel {
            content.elements.append(.listItem(text: text, label: listLabel, at: number))
        } else {
            if content.title == nil, styles.isTitle(style) {
                content.title = (WordInline.normalized(inline.text, oneLine: true), number)
            }
            content.elements.append(.paragraph(text: text, at: number))
        }
    }

    private mutating func readList(_ list: XMLNodeRef, style: String?) {
        let outer = listCounters
        let depth = outer.count + 1
        let continues = list.value("continue-numbering") == "true" || list.value("continue-list") != nil
        if depth == 1, continues, let style, let saved = savedCounters[style] {
            listCounters = saved
        } else {
            listCounters = outer + [(style.flatMap { styles.lists[$0]?[depth]?.start } ?? 1) - 1]
        }
        for item in list.elements where item.localName == "list-item" || item.localName == "list-header" {
            if item.localName == "list-item" {
                listCounters = Array(listCounters.prefix(depth))
                listCounters[depth - 1] = ListNumberFormat.counter(item.value("start-value"),
                                                                   default: listCounters[depth - 1] + 1)
            }
            let levels = style.flatMap { styles.lists[$0] } ?? [:]
            var label: String? = item.localName == "list-item"
                ? OpenDocumentStyles.label(Array(listCounters.prefix(depth)), levels: levels) : nil
            for child in item.elements {
                switch child.localName {
                case "p", "h":
                    readParagraph(child, listLabel: label ?? "")
                    label = ""   // later paragraphs of the item continue it without a number
                case "list":
                    readList(child, style: child.value("style-name") ?? style)
                default:
                    break
                }
            }
        }
        if depth == 1, let style { savedCounters[style] = listCounters }
        listCounters = outer
    }

    private mutating func readTable(_ table: XMLNodeRef, notes pending: inout [(String, Int)]) -> [[TableCell]] {
        var rows: [[TableCell]] = []
        var spans: [Int: (cell: TableCell, rows: Int)] = [:]
        for row in Self.rows(of: table) {
            var cells: [TableCell] = []
            for cell in row.elements where cell.localName == "table-cell" || cell.localName == "covered-table-cell" {
                let repeated = min(max(cell.value("number-columns-repeated").flatMap { Int($0) } ?? 1, 1), 64)
                for _ in 0..<repeated {
                    let column = cells.count
                    if cell.localName == "covered-table-cell" {
                        if let span = spans[column], span.rows > 0 {
                            cells.append(span.cell)
                            spans[column] = (span.cell, span.rows - 1)
                        } else {
                            cells.append(TableCell(text: "", position: SourcePosition(paragraph: content.paragraphCount + 1)))
                        }
                        continue
                    }
                    let read = readCell(cell, notes: &pending)
                    let rowSpan = cell.value("number-rows-spanned").flatMap { Int($0) } ?? 1
                    spans[column] = rowSpan > 1 ? (read, rowSpan - 1) : nil
                    cells.append(read)
                }
            }
            rows.append(cells)
        }
        return rows
    }

    private mutating func readCell(_ cell: XMLNodeRef, notes pending: inout [(String, Int)]) -> TableCell {
        let first = content.paragraphCount + 1
        var lines: [String] = []
        func walk(_ nodes: [XMLNodeRef]) {
            for node in nodes {
                switch node.localName {
                case "p", "h":
                    let inline = OpenDocumentInline.read(node)
                    content.paragraphCount += 1
                    let number = content.paragraphCount
                    if let comment = inline.comments.first(where: { $0.hasPrefix("spbelint-") }) {
                        content.comments.append(TableCell(text: comment, position: SourcePosition(paragraph: number)))
                    }
                    pending += inline.notes.map { ($0, number) }
                    let text = WordInline.normalized(inline.text, oneLine: true)
                    if !text.isEmpty { lines.append(text) }
                case "list", "list-item", "section": walk(node.elements)
                case "table":
                    lines += readTable(node, notes: &pending)
                        .map { $0.map(\.text).filter { !$0.isEmpty }.joined(separator: "\t") }.filter { !$0.isEmpty }
                default: break
                }
            }
        }
        walk(cell.elements)
        return TableCell(text: lines.joined(separator: "\n"), position: SourcePosition(paragraph: first))
    }

    /// Anchors the paragraph's `spbelint-…` comments at it.
    private mutating func record(_ inline: OpenDocumentInline, at paragraph: Int) {
        for comment in inline.comments where comment.hasPrefix("spbelint-") {
            content.comments.append(TableCell(text: comment, position: SourcePosition(paragraph: paragraph)))
        }
    }

    /// The paragraph's footnotes, placed after it.
    private mutating func notes(_ inline: OpenDocumentInline, at paragraph: Int) {
        content.elements += inline.notes.map { .note(text: $0, at: paragraph) }
    }

    private static func rows(of table: XMLNodeRef) -> [XMLNodeRef] {
        table.elements.flatMap { node -> [XMLNodeRef] in
            switch node.localName {
            case "table-row": return [node]
            case "table-header-rows", "table-rows", "table-row-group": return rows(of: node)
            default: return []
            }
        }
    }
}
