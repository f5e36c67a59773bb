/// The source format a document was read from.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case markdown
    case xml
    case akomaNtoso = "akoma-ntoso"
    /// Word: `.docx`, and `.docm` (macros are never run).
    case docx
    /// OpenDocument Text: `.odt`.
    case odt
    /// Plain text, as `pdftotext -layout` or a word processor's "Save as text" writes it.
    case plainText = "text"
    /// PDF with a text layer, read through poppler.
    case pdf

    /// The format implied by a file extension, or nil when spbelint does not read such files.
    public static func forExtension(_ ext: String) -> DocumentFormat? {
        switch ext.lowercased() {
        case "md", "markdown": return .markdown
        case "xml": return .xml
        case "docx", "docm": return .docx
        case "odt": return .odt
        case "txt", "text": return .plainText
        case "pdf": return .pdf
        default: return nil
        }
    }

    /// Whether positions are paragraph numbers (¶) rather than text lines.
    public var numbersParagraphs: Bool { self == .docx || self == .odt }

    /// Whether the file is a ZIP package read as bytes rather than UTF-8 text.
    public var isPackage: Bool { numbersParagraphs }
}
