/// The text an ODF paragraph shows: spans and links read, `text:s`/`text:tab`/`text:line-break`
/// expanded, notes and annotations taken aside, frames (images, text boxes) left out.
struct OpenDocumentInline {
    var text = ""
    var notes: [String] = []
    var comments: [String] = []
    /// The cached rendered number of a heading or list paragraph (`text:number`).
    var number: String?

    static func read(_ paragraph: XMLNodeRef) -> OpenDocumentInline {
        var inline = OpenDocumentInline()
        inline.collect(paragraph)
        return inline
    }

    private mutating func collect(_ node: XMLNodeRef) {
        for child in node.children {
            if child.isText {
                text += child.content
                continue
            }
            guard child.isElement else { continue }
            switch child.localName {
            case "s": text += String(repeating: " ", count: max(1, min(child.value("c").flatMap { Int($0) } ?? 1, 1000)))
            case "tab": text += "\t"
            case "line-break": text += "\n"
            case "number": number = WordInline.normalized(child.rawText, oneLine: true)
            case "note":
                let body = child.firstElement("note-body").map(Self.paragraphs) ?? ""
                if !body.isEmpty { notes.append(body) }
            case "annotation":
                comments.append(Self.paragraphs(child).trimmingCharacters(in: .whitespaces))
            case "span", "a", "meta", "ruby", "ruby-base", "sequence", "bookmark-ref", "reference-ref", "date", "time",
                 "page-count", "title", "subject", "author-name", "chapter", "text-input", "placeholder":
                collect(child)
            default:
                break   // frames, change marks, bookmarks, annotation ends, soft page breaks
            }
        }
    }

    private static func paragraphs(_ element: XMLNodeRef) -> String {
        element.descendants("p").map { WordInline.normalized(read($0).text, oneLine: true) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
