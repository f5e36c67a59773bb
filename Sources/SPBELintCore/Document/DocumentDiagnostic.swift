/// A problem found while reading a document that does not stop linting it (for example an XML
/// schema violation); the engine reports each one as a finding.
public struct DocumentDiagnostic: Sendable, Hashable {
    /// A stable id for the kind of problem, used as the finding's rule id (for example `xml-skema`).
    public var code: String
    public var position: SourcePosition
    /// Message in Indonesian.
    public var message: String
    /// Message in English.
    public var messageEN: String

    public init(code: String, position: SourcePosition, message: String, messageEN: String) {
        self.code = code
        self.position = position
        self.message = message
        self.messageEN = messageEN
    }
}
