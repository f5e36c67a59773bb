/// One line (or one paragraph of a word processor) of a document without heading markup, as it
/// was written, leading spaces included, with where it starts.
public struct PlainLine: Sendable, Hashable {
    /// The text as written; leading spaces (layout indentation) are kept, the newline is not.
    public var text: String
    /// Where the text starts (column 1 of its line), with the page for paged inputs.
    public var position: SourcePosition
    /// Whether the line is known to continue the paragraph before it (a word processor's paragraph
    /// that is one wrapped line of a longer one), though the input makes every line a paragraph.
    public var continuesParagraph: Bool

    public init(text: String, position: SourcePosition, continuesParagraph: Bool = false) {
        self.text = text
        self.position = position
        self.continuesParagraph = continuesParagraph
    }

    /// Whether the line holds only white space.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}

/// One item of a document whose structure is to be recovered: a plain line, a heading the
/// source already marks (a Markdown heading, a Word heading style), a block the source already
/// built (a table, a list), or a page break.
public enum PlainItem: Sendable, Hashable {
    case line(PlainLine)
    /// A marked heading with the depth its source gives it (Markdown `#` count, Word outline level).
    case heading(String, level: Int, position: SourcePosition)
    case block(Block)
    case pageBreak
}

extension String {
    /// The text without spaces and tabs at either end (a fast path for the line readers; other
    /// white space, such as a no-break space, is kept).
    var trimmedSpaces: String { Substring(self).trimmedSpaces }
}

extension Substring {
    /// The text without spaces and tabs at either end.
    var trimmedSpaces: String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        return String(self[first...last])
    }
}
