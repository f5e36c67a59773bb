/// A place in a source file: 1-based line and 1-based column counted in characters, and for
/// paged inputs (plain text with form feeds, PDF) the 1-based page.
///
/// For `.txt` the line is the line of the file; for PDF it is the line within `page` of the
/// layout text poppler extracts (what `pdftotext -layout` prints), rendered `p12:L30`.
///
/// Documents without meaningful lines (Word, OpenDocument) number their paragraphs instead: then
/// `paragraph` is set, `line` holds the same number and `column` is 1.
public struct SourcePosition: Hashable, Sendable, Comparable, Codable {
    public var line: Int
    public var column: Int
    /// The page, for inputs that have pages; nil otherwise.
    public var page: Int?
    /// The 1-based paragraph number (¶) in a word-processor document; nil for text formats.
    public var paragraph: Int?

    public init(line: Int, column: Int, page: Int? = nil) {
        self.line = line
        self.column = column
        self.page = page
    }

    /// The position of a paragraph of a word-processor document (`line` = paragraph, column 1).
    public init(paragraph: Int) {
        self.line = paragraph
        self.column = 1
        self.paragraph = paragraph
    }

    /// The start of a file, where findings about something missing from the whole document point.
    public static let start = SourcePosition(line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.page ?? 0, lhs.line, lhs.column) < (rhs.page ?? 0, rhs.line, rhs.column)
    }

    /// `line:column`, `p12:L30:column` when the line counts within a page (PDF input), or `¶143`
    /// in a word-processor document.
    public func location(in path: String) -> String {
        if let paragraph { return "¶\(paragraph)" }
        if let page, PageNumbering.countsLinesPerPage(path) { return "p\(page):L\(line):\(column)" }
        return "\(line):\(column)"
    }
}

/// Which inputs number their lines within each page rather than through the whole file.
public enum PageNumbering {
    /// PDF input: lines are counted within each page.
    public static func countsLinesPerPage(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".pdf")
    }
}
