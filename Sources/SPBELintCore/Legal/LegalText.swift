/// A piece of legal text (a block, an ayat, a point) with where it starts in the source.
public struct LegalText: Sendable, Hashable {
    public var text: String
    public var position: SourcePosition

    public init(text: String, position: SourcePosition) {
        self.text = text
        self.position = position
    }
}

/// A numbered point: a Menimbang huruf, a Mengingat angka, or a huruf/angka item of a Pasal or ayat.
public struct LegalPoint: Sendable, Hashable {
    /// The label without punctuation: "a", "b", "1", "2"; nil for a single unnumbered point.
    public var label: String?
    /// The point's text without its label.
    public var text: String
    public var position: SourcePosition

    public init(label: String?, text: String, position: SourcePosition) {
        self.label = label
        self.text = text
        self.position = position
    }
}
