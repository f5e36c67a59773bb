/// One metadata value (front-matter key or XML metadata element) with where it was written.
public struct MetadataField: Sendable, Hashable {
    public var key: String
    public var value: String
    public var position: SourcePosition
    /// Where the value came from when it is not written in the text itself, for example
    /// `docProps/core.xml` for a Word file's title; nil for front matter and XML metadata.
    public var source: String?

    public init(key: String, value: String, position: SourcePosition, source: String? = nil) {
        self.key = key
        self.value = value
        self.position = position
        self.source = source
    }
}
