/// The source format a document was read from.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case markdown
    case xml
    case akomaNtoso = "akoma-ntoso"
    /// Plain text, as `pdftotext -layout` or a word processor's "Save as text" writes it.
    case plainText = "text"
    /// PDF with a text layer, read through poppler.
    case pdf

    /// The format implied by a file extension, or nil when spbelint does not read such files.
    public static func forExtension(_ ext: String) -> DocumentFormat? {
        switch ext.lowercased() {
        case "md", "markdown": return .markdown
        case "xml": return .xml
        case "txt", "text": return .plainText
        case "pdf": return .pdf
        default: return nil
        }
    }
}
