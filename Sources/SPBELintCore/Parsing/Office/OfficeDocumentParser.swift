import Foundation

/// Reads Word (`.docx`, `.docm`) and OpenDocument (`.odt`) files into a `Document` whose positions
/// are paragraph numbers (¶). Refuses, with a clear problem, files that are not ZIP packages, old
/// binary `.doc`, encrypted or password-protected files, packages without a document part, and
/// parts that expand beyond `OfficeLimits` (ZIP bombs). Macros are never read, let alone run.
public struct OfficeDocumentParser: Sendable {
    public var limits: OfficeLimits

    public init(limits: OfficeLimits = OfficeLimits()) {
        self.limits = limits
    }

    /// Parses the file's bytes; `format` is `.docx` or `.odt` (from the extension, the content decides).
    public func parse(data: Data, path: String, format: DocumentFormat) throws(InputProblem) -> Document {
        if let problem = OfficeSignature(data).problem(for: path) { throw problem }
        let package = try OfficePackage(data: data, path: path, limits: limits)
        let isOpenDocument = !package.contains("[Content_Types].xml")
            && (package.contains("content.xml") || package.contains("mimetype") || format == .odt)
        let content = isOpenDocument
            ? try OpenDocumentReader.read(package, path: path)
            : try WordPackageReader.read(package, path: path)
        return OfficeDocumentAssembler.document(from: content, path: path, format: isOpenDocument ? .odt : .docx)
    }
}
