/// A reference-model code ("RAB.01.02") as written in a document, where it stands.
public struct FoundReferenceCode: Sendable {
    public var code: String
    public var position: SourcePosition
    /// The section holding it, or nil for the preamble.
    public var section: Int?
}
