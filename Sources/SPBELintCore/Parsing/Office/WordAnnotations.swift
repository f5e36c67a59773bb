/// Footnotes, endnotes and comments of a `.docx`, read as plain text by id.
enum WordAnnotations {
    /// Footnote (`f<id>`) and endnote (`e<id>`) texts; separators skipped.
    static func notes(footnotes: OfficeXMLPart?, endnotes: OfficeXMLPart?) -> [String: String] {
        var result: [String: String] = [:]
        for (prefix, part, element) in [("f", footnotes, "footnote"), ("e", endnotes, "endnote")] {
            for note in part?.root.elements(element) ?? [] {
                guard let id = note.value("id"), note.value("type") == nil || note.value("type") == "normal" else { continue }
                result[prefix + id] = text(of: note, separator: " ")
            }
        }
        return result
    }

    /// The `spbelint-…` comments by id (other comments are review notes and stay out of the document).
    static func directives(in comments: OfficeXMLPart?) -> [String: String] {
        var result: [String: String] = [:]
        for comment in comments?.root.elements("comment") ?? [] {
            guard let id = comment.value("id") else { continue }
            let body = text(of: comment, separator: "\n")
            if body.hasPrefix("spbelint-") { result[id] = body }
        }
        return result
    }

    /// The paragraphs of a note or comment, joined.
    private static func text(of element: XMLNodeRef, separator: String) -> String {
        element.descendants("p").map { WordInline.normalized(WordInline.read($0).text, oneLine: true) }
            .filter { !$0.isEmpty }.joined(separator: separator)
    }
}
