/// One metadata value (front-matter key or XML metadata element) with where it was written.
public struct MetadataField: Sendable, Hashable {
    public var key: String
    public var value: String
    public var position: SourcePosition

    public init(key: String, value: String, position: SourcePosition) {
        self.key = key
        self.value = value
        self.position = position
    }
}
