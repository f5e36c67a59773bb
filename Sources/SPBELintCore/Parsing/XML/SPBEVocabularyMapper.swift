/// Maps spbelint's own vocabulary (`urn:spbelint:dokumen-spbe:1`, root `dokumen`) to the model.
struct SPBEVocabularyMapper {
    static let namespace = "urn:spbelint:dokumen-spbe:1"
    static let rootName = "dokumen"

    let context: XMLMappingContext

    /// Enters the root and maps its children (or only enters it, when a reader streams the children
    /// to `mapElement` one at a time).
    func map(root: XMLNodeRef, withChildren: Bool = true) {
        context.enter(root)
        if withChildren { mapContent(of: root) }
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

    /// Maps one child of `dokumen` or `bagian` (names compared as bytes: no String per element).
    func mapElement(_ element: XMLNodeRef) {
        if element.isNamed("paragraf") {
            addTextBlock(.paragraph, element)
        } else if element.isNamed("bagian") {
            mapSection(element)
        } else if element.isNamed("tabel") {
            mapTable(element)
        } else if element.isNamed("daftar") {
            mapList(element)
        } else if element.isNamed("metadata") {
            mapMetadata(element)
        } else if element.isNamed("kutipan") {
            addTextBlock(.quote, element)
        } else if element.isNamed("kode") {
            addTextBlock(.code, element)
        } else if element.isTextLeaf {
            addTextBlock(.other, element)
        } else {
            context.enter(element)
            mapContent(of: element)
        }
    }

    private func mapMetadata(_ element: XMLNodeRef) {
        context.builder.metadata.position = context.enter(element)
        context.forEachElement(of: element) { child in
            let position = context.enter(child)
            let value = context.consumeChildrenCollapsed(of: child)
            context.setMetadata(child.localName, value, at: position)
        }
    }

    private func mapSection(_ element: XMLNodeRef) {
        let position = context.enter(element)
        let number = element.attribute("nomor")?.collapsingXMLSpace()
        let titleElement = element.firstElement(named: "judul")
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
            items.append(TableCell(text: context.consumeChildrenCollapsed(of: child), position: itemPosition))
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
            if child.isNamed("kepala") && header.isEmpty && rows.isEmpty { header = cells } else { rows.append(cells) }
        }
        context.builder.add(.table(header: header, rows: rows, at: position))
    }

    private func cells(of row: XMLNodeRef) -> [TableCell] {
        var cells: [TableCell] = []
        context.forEachElement(of: row) { child in
            let position = context.enter(child)
            cells.append(TableCell(text: context.consumeChildrenCollapsed(of: child), position: position))
        }
        return cells
    }
}
