/// One metadata value (front-matter key, XML metadata element, or read from the text) with where it was written.
public struct MetadataField: Sendable, Hashable {
    /// Where a metadata value came from.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// Front matter or the XML metadata element: stated by the author; it wins.
        case frontMatter
        /// Read by spbelint from the document's own text (title block, signature block, headings).
        case text
        /// A Word or OpenDocument file's core properties (title, creator, dates): used only where
        /// neither the author's metadata nor the text says anything.
        case documentProperties
    }

    public var key: String
    public var value: String
    public var position: SourcePosition
    public var origin: Origin

    public init(key: String, value: String, position: SourcePosition, origin: Origin = .frontMatter) {
        self.key = key
        self.value = value
        self.position = position
        self.origin = origin
    }
}
