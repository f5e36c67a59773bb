/// Maps spbelint's own vocabulary (`urn:spbelint:dokumen-spbe:1`, root `dokumen`) to the model.
struct SPBEVocabularyMapper {
    static let namespace = "urn:spbelint:dokumen-spbe:1"
    static let rootName = "dokumen"

    let context: XMLMappingContext

    func map(root: XMLNodeRef) {
        context.enter(root)
        mapContent(of: root)
    }

    /// Maps the children of `dokumen` or `bagian` (its `judul` was read already).
    private func mapContent(of parent: XMLNodeRef, headingElement: XMLNodeRef? = nil) {
        context.forEachElement(of: parent) { child in
            if let headingElement, child.raw == headingElement.raw {
                _ = context.consumeText(of: child)
            } else {
                mapElement(child)
            }
        }
    }

    private func mapElement(_ element: XMLNodeRef) {
        switch element.localName {
        case "metadata": mapMetadata(element)
        case "bagian": mapSection(element)
        case "paragraf": addTextBlock(.paragraph, element)
        case "kutipan": addTextBlock(.quote, element)
        case "kode": addTextBlock(.code, element)
        case "daftar": mapList(element)
        case "tabel": mapTable(element)
        default:
            if element.isTextLeaf {
                addTextBlock(.other, element)
            } else {
                context.enter(element)
                mapContent(of: element)
            }
        }
    }

    private func mapMetadata(_ element: XMLNodeRef) {
        context.builder.metadata.position = context.enter(element)
        context.forEachElement(of: element) { child in
            let position = context.enter(child)
            let value = context.consumeChildrenText(of: child)
            context.setMetadata(child.localName, value, at: position)
        }
    }

    private func mapSection(_ element: XMLNodeRef) {
        let position = context.enter(element)
        let number = element.attribute("nomor")?.collapsingXMLSpace()
        let titleElement = element.firstElement("judul")
        let title = titleElement?.rawText.collapsingXMLSpace() ?? ""
        let heading = [number ?? "", title].filter { !$0.isEmpty }.joined(separator: " ")
        context.openSection(heading: heading, at: position, numbering: (number?.isEmpty ?? true) ? nil : number)
        mapContent(of: element, headingElement: titleElement)
        context.builder.closeSection()
    }

    private func addTextBlock(_ kind: Block.Kind, _ element: XMLNodeRef) {
        let position = context.enter(element)
        context.addBlock(kind, text: context.consumeChildrenText(of: element), at: position)
    }

    private func mapList(_ element: XMLNodeRef) {
        let position = context.enter(element)
        var items: [TableCell] = []
        context.forEachElement(of: element) { child in
            let itemPosition = context.enter(child)
            items.append(TableCell(text: context.consumeChildrenText(of: child).collapsingXMLSpace(), position: itemPosition))
        }
        context.builder.add(.list(items, at: position))
    }

    private func mapTable(_ element: XMLNodeRef) {
        let position = context.enter(element)
        var header: [TableCell] = []
        var rows: [[TableCell]] = []
        context.forEachElement(of: element) { child in
            context.enter(child)
            let cells = cells(of: child)
            if child.localName == "kepala" && header.isEmpty && rows.isEmpty { header = cells } else { rows.append(cells) }
        }
        context.builder.add(.table(header: header, rows: rows, at: position))
    }

    private func cells(of row: XMLNodeRef) -> [TableCell] {
        var cells: [TableCell] = []
        context.forEachElement(of: row) { child in
            let position = context.enter(child)
            cells.append(TableCell(text: context.consumeChildrenText(of: child).collapsingXMLSpace(), position: position))
        }
        return cells
    }
}
