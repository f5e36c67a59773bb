/// The text a Word paragraph shows, read from its runs: tracked insertions kept and deletions
/// dropped (changes read as accepted), field instructions and hidden text skipped, drawings and text
/// boxes left out; footnote, endnote and comment references collected on the side.
struct WordInline {
    var text = ""
    /// `f<id>` for footnotes, `e<id>` for endnotes, in reading order.
    var notes: [String] = []
    /// Ids of comments anchored in the paragraph.
    var comments: [String] = []

    /// Reads the inline content of a paragraph (or of any element holding runs).
    static func read(_ paragraph: XMLNodeRef) -> WordInline {
        var inline = WordInline()
        inline.collect(paragraph)
        return inline
    }

    private mutating func collect(_ node: XMLNodeRef) {
        for child in node.elements {
            switch child.localName {
            case "r": run(child)
            case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo":
                collect(child)
            case "sdt": child.firstElement("sdtContent").map { collect($0) }
            case "AlternateContent": child.firstElement("Choice").map { collect($0) }
            case "commentRangeStart": child.value("id").map { note(comment: $0) }
            default: break   // pPr, del, moveFrom, bookmarks, proofing marks, math
            }
        }
    }

    private mutating func run(_ run: XMLNodeRef) {
        if let vanish = run.firstElement("rPr")?.firstElement("vanish"), !["0", "false"].contains(vanish.value("val") ?? "") {
            return
        }
        for child in run.elements {
            switch child.localName {
            case "t": text += child.rawText
            case "tab", "ptab": text += "\t"
            case "br", "cr": text += "\n"
            case "noBreakHyphen": text += "-"
            case "footnoteReference": child.value("id").map { notes.append("f" + $0) }
            case "endnoteReference": child.value("id").map { notes.append("e" + $0) }
            case "commentReference": child.value("id").map { note(comment: $0) }
            default: break   // delText, instrText, fldChar, drawing, pict, object, sym, rPr
            }
        }
    }

    private mutating func note(comment id: String) {
        if !comments.contains(id) { comments.append(id) }
    }

    /// Text with tabs as spaces, runs of spaces collapsed and each line trimmed; with `oneLine`,
    /// line breaks become spaces too (for headings).
    static func normalized(_ raw: String, oneLine: Bool = false) -> String {
        let lines = raw.replacingOccurrences(of: "\u{00A0}", with: " ").split(separator: "\n", omittingEmptySubsequences: true)
            .map { line in line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .filter { !$0.isEmpty }
        return lines.joined(separator: oneLine ? " " : "\n")
    }
}
