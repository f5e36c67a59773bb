/// Maps the plain legal-structure vocabulary of the project's regulation corpus (root `regulation`,
/// no namespace: `preamble`, `body/chapter/section/article/paragraph/item/text`, `closing`).
struct RegulationVocabularyMapper {
    static let rootName = "regulation"
    static let structural: Set<String> = ["chapter", "part", "section", "subsection", "article", "paragraph"]

    let context: XMLMappingContext

    func map(root: XMLNodeRef) {
        let position = context.enter(root)
        context.setMetadata("jenis", "regulasi", at: position)
        context.setMetadata("judul", root.attribute("title"), at: position)
        context.forEachElement(of: root) { map($0) }
    }

    private func map(_ element: XMLNodeRef) {
        switch element.localName {
        case "preamble", "body":
            context.enter(element)
            context.forEachElement(of: element) { map($0) }
        case "considering": mapRecital(element, heading: "Menimbang")
        case "observing": mapRecital(element, heading: "Mengingat")
        case "text", "opening", "deciding", "enacting", "closing":
            let position = context.enter(element)
            context.addBlock(.paragraph, text: context.consumeChildrenText(of: element), at: position)
        case let name where Self.structural.contains(name):
            mapStructure(element)
        default:
            let position = context.enter(element)
            if element.isTextLeaf {
                context.addBlock(.other, text: context.consumeChildrenText(of: element), at: position)
            } else {
                mapChildren(of: element)
            }
        }
    }

    private func mapRecital(_ element: XMLNodeRef, heading: String) {
        let position = context.enter(element)
        context.openSection(heading: heading, at: position)
        context.addBlock(.paragraph, text: context.consumeChildrenText(of: element), at: position)
        context.builder.closeSection()
    }

    private func mapStructure(_ element: XMLNodeRef) {
        let made = LegalHeading.make(kind: element.localName, number: element.attribute("num"),
                                     title: element.attribute("title"))
        let position = context.enter(element)
        if let made { context.openSection(heading: made.heading, at: position, numbering: made.numbering) }
        mapChildren(of: element)
        if made != nil { context.builder.closeSection() }
    }

    /// Maps children, gathering each run of consecutive `item`s into one list block.
    private func mapChildren(of element: XMLNodeRef) {
        var items: [TableCell] = []
        var listPosition: SourcePosition?
        func flush() {
            guard let position = listPosition else { return }
            context.builder.add(.list(items, at: position))
            items = []
            listPosition = nil
        }
        context.forEachElement(of: element) { child in
            if child.localName == "item" {
                let position = context.enter(child)
                listPosition = listPosition ?? position
                items.append(TableCell(text: context.consumeChildrenText(of: child).collapsingXMLSpace(),
                                       position: position))
            } else {
                flush()
                map(child)
            }
        }
        flush()
    }
}
