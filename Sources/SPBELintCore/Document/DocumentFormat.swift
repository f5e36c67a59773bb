/// The source format a document was read from.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case markdown
    case xml
    case akomaNtoso = "akoma-ntoso"

    /// The format implied by a file extension, or nil when spbelint does not read such files.
    public static func forExtension(_ ext: String) -> DocumentFormat? {
        switch ext.lowercased() {
        case "md", "markdown": return .markdown
        case "xml": return .xml
        default: return nil
        }
    }
}
