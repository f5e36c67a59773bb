/// A place in a source file: 1-based line and 1-based column counted in characters.
///
/// Documents without meaningful lines (Word, OpenDocument) number their paragraphs instead: then
/// `paragraph` is set, `line` holds the same number and `column` is 1.
public struct SourcePosition: Hashable, Sendable, Comparable, Codable {
    public var line: Int
    public var column: Int
    /// The 1-based paragraph number (¶) in a word-processor document; nil for text formats.
    public var paragraph: Int?

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
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
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
