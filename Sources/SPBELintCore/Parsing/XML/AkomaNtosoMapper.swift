/// Maps Akoma Ntoso 3.0 documents (root `akomaNtoso`) to the model: legal structure to sections,
/// `p` and similar blocks to paragraphs, preface and FRBR metadata to metadata fields.
struct AkomaNtosoMapper {
    static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    static let rootName = "akomaNtoso"

    /// Hierarchical containers that become sections.
    static let containers: Set<String> = [
        "book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "section",
        "subsection", "division", "subdivision", "article", "clause", "subclause", "paragraph",
        "subparagraph", "point", "indent", "alinea", "rule", "subrule", "proviso", "level", "transitional",
        "hcontainer",
    ]
    /// Elements whose children are mapped as if they were the parent's.
    static let transparent: Set<String> = [
        "akomaNtoso", "act", "bill", "doc", "statement", "portion", "documentCollection", "amendment",
        "judgment", "debate", "debateReport", "officialGazette", "body", "mainBody", "judgmentBody",
        "debateBody", "content", "intro", "wrapUp", "list", "sublist", "preamble", "preface", "conclusions",
        "attachments", "attachment", "components", "component", "collectionBody", "container",
    ]
    /// Elements whose text becomes one paragraph block.
    static let paragraphs: Set<String> = [
        "p", "block", "formula", "recital", "citation", "longTitle", "listIntroduction", "listWrapUp",
    ]

    let context: XMLMappingContext

    func map(root: XMLNodeRef) {
        context.setMetadata("jenis", "regulasi", at: context.source.firstColumn(onLine: root.line))
        if let document = root.elements.first {
            if let meta = document.firstElement("meta") { readFRBR(meta) }
            if let preface = document.firstElement("preface"), let title = Self.descendant("docTitle", of: preface) {
                context.setMetadata("judul", title.rawText, at: context.source.firstColumn(onLine: title.line))
            }
        }
        map(root)
    }

    private func map(_ element: XMLNodeRef) {
        let name = element.localName
        if name == "meta" {
            context.builder.metadata.position = context.enter(element)
            _ = context.consumeChildrenText(of: element)
        } else if name == "recitals" || name == "citations" {
            mapHeaded(element, fallback: name == "recitals" ? "Menimbang" : "Mengingat")
        } else if Self.containers.contains(name) {
            mapContainer(element)
        } else if (name == "recital" || name == "citation") && !element.hasDirectText {
            // `<num>a.</num><p>bahwa …</p>`: keep a space between the number and the text.
            let position = context.enter(element)
            var parts: [String] = []
            context.forEachElement(of: element) { parts.append(context.consumeText(of: $0).collapsingXMLSpace()) }
            context.addBlock(.paragraph, text: parts.filter { !$0.isEmpty }.joined(separator: " "), at: position)
        } else if Self.paragraphs.contains(name) {
            let position = context.enter(element)
            context.addBlock(.paragraph, text: context.consumeChildrenText(of: element), at: position)
        } else if name == "blockList" {
            mapBlockList(element)
        } else if name == "table" {
            mapTable(element)
        } else if Self.transparent.contains(name) || !element.isTextLeaf {
            context.enter(element)
            context.forEachElement(of: element) { map($0) }
        } else {
            let position = context.enter(element)
            context.addBlock(.other, text: context.consumeChildrenText(of: element), at: position)
        }
    }

    private func mapContainer(_ element: XMLNodeRef) {
        let number = element.firstElement("num")?.rawText
        let title = element.firstElement("heading")?.rawText
        guard let made = LegalHeading.make(kind: element.localName, number: number, title: title) else {
            context.enter(element)
            mapChildren(of: element)
            return
        }
        let position = context.enter(element)
        context.openSection(heading: made.heading, at: position, numbering: made.numbering)
        mapChildren(of: element)
        context.builder.closeSection()
    }

    private func mapHeaded(_ element: XMLNodeRef, fallback: String) {
        let title = element.firstElement("heading")?.rawText.collapsingXMLSpace() ?? ""
        let position = context.enter(element)
        context.openSection(heading: title.isEmpty ? fallback : title, at: position)
        mapChildren(of: element)
        context.builder.closeSection()
    }

    /// Maps children, consuming `num`, `heading` and `subheading` that were read into the heading.
    private func mapChildren(of element: XMLNodeRef) {
        context.forEachElement(of: element) { child in
            switch child.localName {
            case "num", "heading", "subheading": _ = context.consumeText(of: child)
            default: map(child)
            }
        }
    }

    private func mapBlockList(_ element: XMLNodeRef) {
        let position = context.enter(element)
        var items: [TableCell] = []
        context.forEachElement(of: element) { child in
            let itemPosition = context.enter(child)
            let text = context.consumeChildrenText(of: child).collapsingXMLSpace()
            if child.localName == "item" {
                items.append(TableCell(text: text, position: itemPosition))
            } else {
                context.addBlock(.paragraph, text: text, at: itemPosition)
            }
        }
        context.builder.add(.list(items, at: position))
    }

    /// HTML-style `table`/`tr`/`th`/`td`: a first row of `th` cells is the header.
    private func mapTable(_ element: XMLNodeRef) {
        let position = context.enter(element)
        var header: [TableCell] = []
        var rows: [[TableCell]] = []
        context.forEachElement(of: element) { row in
            context.enter(row)
            var cells: [TableCell] = []
            var allHeader = true
            context.forEachElement(of: row) { cell in
                let cellPosition = context.enter(cell)
                allHeader = allHeader && cell.localName == "th"
                cells.append(TableCell(text: context.consumeChildrenText(of: cell).collapsingXMLSpace(),
                                       position: cellPosition))
            }
            if allHeader && header.isEmpty && rows.isEmpty && !cells.isEmpty { header = cells } else { rows.append(cells) }
        }
        context.builder.add(.table(header: header, rows: rows, at: position))
    }

    /// The first descendant element with a local name, depth first.
    static func descendant(_ name: String, of element: XMLNodeRef) -> XMLNodeRef? {
        for child in element.elements {
            if child.localName == name { return child }
            if let found = descendant(name, of: child) { return found }
        }
        return nil
    }

    /// Reads `identification/FRBRWork` (date, name, author) without moving the source cursor.
    private func readFRBR(_ meta: XMLNodeRef) {
        guard let work = meta.firstElement("identification")?.firstElement("FRBRWork") else { return }
        let position = context.source.firstColumn(onLine: work.line)
        if let date = work.firstElement("FRBRdate")?.attribute("date") {
            context.setMetadata("tanggal-penetapan", date, at: position)
        }
        if let name = work.firstElement("FRBRname")?.attribute("value") {
            context.setMetadata("judul", name, at: position)
        }
        if let author = work.firstElement("FRBRauthor")?.attribute("href"),
           let organization = organization(named: author, in: meta) {
            context.setMetadata("instansi", organization, at: position)
        }
    }

    /// The `showAs` of the `TLCOrganization` an `#href` points to.
    private func organization(named href: String, in meta: XMLNodeRef) -> String? {
        let id = href.hasPrefix("#") ? String(href.dropFirst()) : href
        guard let references = meta.firstElement("references") else { return nil }
        for candidate in references.elements where candidate.localName == "TLCOrganization" {
            if candidate.attribute("eId") == id || candidate.attribute("id") == id {
                return candidate.attribute("showAs")
            }
        }
        return nil
    }
}
