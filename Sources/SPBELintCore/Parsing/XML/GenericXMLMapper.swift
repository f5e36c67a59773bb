/// Maps XML of an unknown vocabulary as well as it can: an element with a `heading`, `judul` or
/// `title` child (or `title` attribute) becomes a section, and leaf text becomes blocks.
struct GenericXMLMapper {
    static let headingNames = ["heading", "judul", "title", "head"]

    let context: XMLMappingContext

    func map(root: XMLNodeRef) {
        let position = context.enter(root)
        let name = root.namespaceURI.isEmpty ? root.localName : "{\(root.namespaceURI)}\(root.localName)"
        context.builder.diagnostics.append(DocumentDiagnostic(
            code: "xml-kosakata", position: position,
            message: "Kosakata XML tidak dikenal (elemen akar \(name)); dokumen dibaca secara umum. "
                + "Gunakan <dokumen xmlns=\"\(SPBEVocabularyMapper.namespace)\"> atau Akoma Ntoso 3.0.",
            messageEN: "Unknown XML vocabulary (root element \(name)); the document is read generically. "
                + "Use <dokumen xmlns=\"\(SPBEVocabularyMapper.namespace)\"> or Akoma Ntoso 3.0."))
        mapChildren(of: root, skipping: [])
    }

    private func map(_ element: XMLNodeRef) {
        let headingElement = Self.headingNames.lazy.compactMap { element.firstElement($0) }.first
        let title = headingElement?.rawText ?? element.attribute("title")
        let numberElement = element.firstElement("num")
        let number = numberElement?.rawText ?? element.attribute("num") ?? element.attribute("nomor")
        let position = context.enter(element)
        if let title, let made = LegalHeading.make(kind: element.localName, number: number, title: title) {
            context.openSection(heading: made.heading, at: position, numbering: made.numbering)
            mapChildren(of: element, skipping: [headingElement?.raw, numberElement?.raw])
            context.builder.closeSection()
        } else if element.isTextLeaf {
            context.addBlock(.other, text: context.consumeChildrenText(of: element), at: position)
        } else {
            mapChildren(of: element, skipping: [])
        }
    }

    private func mapChildren(of element: XMLNodeRef, skipping consumed: [UnsafeMutableRawPointer?]) {
        context.forEachElement(of: element) { child in
            if consumed.contains(child.raw) {
                _ = context.consumeText(of: child)
            } else {
                map(child)
            }
        }
    }
}
