/// A word-processor document's body as spbelint reads it, before it becomes a `Document`: headings,
/// paragraphs, list items, tables and notes in reading order, each at its paragraph number (¶).
struct OfficeContent {
    /// One piece of the body.
    enum Element {
        case heading(OfficeHeading)
        case paragraph(text: String, at: Int)
        /// A numbered or bulleted paragraph; `label` is the numbering shown ("" for a bullet).
        case listItem(text: String, label: String, at: Int)
        case table(rows: [[TableCell]], at: Int)
        /// A footnote or endnote, placed after the paragraph that refers to it.
        case note(text: String, at: Int)
    }

    var elements: [Element] = []
    /// `spbelint-…` comments anchored at the paragraph they annotate.
    var comments: [TableCell] = []
    /// Metadata the author set explicitly (custom document properties named like front-matter keys).
    var metadata: [MetadataField] = []
    /// Metadata from the file's core properties, used only where neither the text nor `metadata` says.
    var fallbackMetadata: [MetadataField] = []
    /// The first paragraph in the Title style, if any (the title as the document writes it), and its ¶.
    var title: (text: String, paragraph: Int)?
    /// Word paragraphs in the default style (no `w:pStyle` of their own): in a file converted from
    /// PDF each printed line is such a paragraph, and `OfficeRecovery` may join them.
    var unstyledParagraphs: Set<Int> = []
    /// Paragraphs counted so far (every paragraph of the body, empty ones and table cells included).
    var paragraphCount = 0

    /// Whether any heading was found through styles or outline levels.
    var hasHeadings: Bool {
        elements.contains { if case .heading = $0 { return true } else { return false } }
    }
}

/// A heading read from a paragraph style or outline level, with the list label Word shows.
struct OfficeHeading {
    /// 1 for top level ("Heading 1" / outline level 1).
    var level: Int
    var text: String
    /// The rendered numbering ("BAB I", "4.2", "A."), when the paragraph is numbered.
    var label: String?
    var paragraph: Int
}
