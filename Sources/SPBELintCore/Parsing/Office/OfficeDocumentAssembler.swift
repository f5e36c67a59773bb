/// Turns `OfficeContent` into the shared `Document`: headings open sections (the list label in
/// front, as Word shows it), consecutive list items make one list block, tables keep their first
/// row as header, notes follow the paragraph citing them (files whose headings are typed as plain
/// paragraphs go through `OfficeRecovery` instead); metadata from explicit custom properties,
/// then the Title paragraph, then core properties only where nothing else says.
enum OfficeDocumentAssembler {
    static func document(from read: OfficeContent, path: String, format: DocumentFormat) -> Document {
        var content = read
        content.elements = OfficeHeadingTitles.joined(read.elements)
        var builder = DocumentBuilder(path: path, format: format)
        builder.metadata = metadata(of: content)
        builder.comments = content.comments
        if OfficeRecovery.needed(content) {
            PlainStructure.recover(OfficeRecovery.items(content), unit: .paragraph, into: &builder)
            return builder.build()
        }
        var listItems: [TableCell] = []
        func flushList() {
            guard let first = listItems.first else { return }
            builder.add(.list(listItems, at: first.position))
            listItems = []
        }
        for element in content.elements {
            if case .listItem(let text, _, let paragraph) = element {
                listItems.append(TableCell(text: text, position: SourcePosition(paragraph: paragraph)))
                continue
            }
            flushList()
            switch element {
            case .heading(let heading):
                let raw = [heading.label ?? "", heading.text].filter { !$0.isEmpty }.joined(separator: " ")
                let numbering = HeadingText.split(raw).numbering == nil ? heading.label : nil
                builder.openSection(heading: raw, level: heading.level,
                                    position: SourcePosition(paragraph: heading.paragraph), numbering: numbering)
            case .paragraph(let text, let paragraph):
                builder.add(Block(kind: .paragraph, text: text, position: SourcePosition(paragraph: paragraph)))
            case .table(let rows, let paragraph):
                builder.add(.table(header: rows.first ?? [], rows: Array(rows.dropFirst()),
                                   at: SourcePosition(paragraph: paragraph)))
            case .note(let text, let paragraph):
                builder.add(Block(kind: .other, text: text, position: SourcePosition(paragraph: paragraph)))
            case .listItem:
                break
            }
        }
        flushList()
        return builder.build()
    }

    /// Explicit metadata first, then the Title paragraph as `judul`, then core properties for keys
    /// still unset (the core title only when the document has no heading either).
    static func metadata(of content: OfficeContent) -> DocumentMetadata {
        var metadata = DocumentMetadata(fields: content.metadata,
                                        position: content.metadata.isEmpty ? nil : SourcePosition(paragraph: 1))
        if metadata.title == nil, let title = content.title {
            metadata.set(MetadataField(key: "judul", value: title.text, position: SourcePosition(paragraph: title.paragraph),
                                       origin: .text))
        }
        for field in content.fallbackMetadata where metadata[field.key] == nil {
            if field.key == "judul", content.hasHeadings { continue }
            metadata.set(field)
        }
        return metadata
    }
}
