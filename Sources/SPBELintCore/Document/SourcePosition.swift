/// A place in a source file: 1-based line and 1-based column counted in characters, and for
/// paged inputs (plain text with form feeds, PDF) the 1-based page.
///
/// For `.txt` the line is the line of the file; for PDF it is the line within `page` of the
/// layout text poppler extracts (what `pdftotext -layout` prints), rendered `p12:L30`.
///
/// Documents without meaningful lines (Word, OpenDocument) number their paragraphs instead: then
/// `paragraph` is set, `line` holds the same number and `column` is 1.
public struct SourcePosition: Hashable, Sendable, Comparable, Codable {
    // Kept in 32 bits (an input is at most a few tens of MB), nil as `Int32.min`: 16 bytes instead
    // of 48, for the hundreds of thousands of cells and lines a large document holds.
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedPage: Int32
    private var storedParagraph: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Self.narrow(newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Self.narrow(newValue) }
    }
    /// The page, for inputs that have pages; nil otherwise.
    public var page: Int? {
        get { storedPage == .min ? nil : Int(storedPage) }
        set { storedPage = newValue.map(Self.narrow) ?? .min }
    }
    /// The 1-based paragraph number (¶) in a word-processor document; nil for text formats.
    public var paragraph: Int? {
        get { storedParagraph == .min ? nil : Int(storedParagraph) }
        set { storedParagraph = newValue.map(Self.narrow) ?? .min }
    }

    public init(line: Int, column: Int, page: Int? = nil) {
        self.storedLine = Self.narrow(line)
        self.storedColumn = Self.narrow(column)
        self.storedPage = page.map(Self.narrow) ?? .min
        self.storedParagraph = .min
    }

    /// The position of a paragraph of a word-processor document (`line` = paragraph, column 1).
    public init(paragraph: Int) {
        self.init(line: paragraph, column: 1)
        self.paragraph = paragraph
    }

    /// A number in 32 bits, above `Int32.min` (which stands for nil).
    private static func narrow(_ value: Int) -> Int32 {
        Int32(clamping: max(value, Int(Int32.min) + 1))
    }

    private enum CodingKeys: String, CodingKey {
        case line, column, page, paragraph
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column),
                  page: try container.decodeIfPresent(Int.self, forKey: .page))
        self.paragraph = try container.decodeIfPresent(Int.self, forKey: .paragraph)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encodeIfPresent(page, forKey: .page)
        try container.encodeIfPresent(paragraph, forKey: .paragraph)
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
