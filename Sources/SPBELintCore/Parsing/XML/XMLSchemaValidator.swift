import Foundation
internal import CLibXML2

/// Validates a parsed document against an XSD and turns each violation into an `xml-skema`
/// diagnostic; compiled schemas are cached per path for the life of the process.
enum XMLSchemaValidator {
    static let diagnosticCode = "xml-skema"

    /// Appends one diagnostic per schema violation to the context's builder.
    static func validate(_ document: xmlDocPtr, schemaPath: String, context: XMLMappingContext) {
        guard let schema = XMLSchemaCache.shared.schema(at: schemaPath),
              let validation = xmlSchemaNewValidCtxt(schema) else { return }
        defer { xmlSchemaFreeValidCtxt(validation) }
        let sink = LibXMLErrorSink()
        xmlSchemaSetValidStructuredErrors(validation, { context, error in
            guard let context, let error else { return }
            LibXMLErrorSink.from(context).record(error.pointee)
        }, sink.opaque)
        _ = xmlSchemaValidateDoc(validation, document)
        let schemaName = URL(fileURLWithPath: schemaPath).lastPathComponent
        for issue in sink.issues {
            let position = issue.node.flatMap { context.position(of: $0) }
                ?? context.source.firstColumn(onLine: issue.line)
            context.builder.diagnostics.append(DocumentDiagnostic(
                code: diagnosticCode, position: position,
                message: "Tidak sesuai skema \(schemaName): \(issue.message)",
                messageEN: "Does not match the schema \(schemaName): \(issue.message)"))
        }
    }
}

/// Compiled XSD schemas by path. A compiled schema is read-only and shared by validation contexts.
final class XMLSchemaCache: @unchecked Sendable {
    static let shared = XMLSchemaCache()

    private let lock = NSLock()
    /// nil entries remember schemas that could not be compiled.
    private var schemas: [String: xmlSchemaPtr?] = [:]

    func schema(at path: String) -> xmlSchemaPtr? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = schemas[path] { return cached }
        let compiled = Self.compile(path)
        schemas[path] = compiled
        return compiled
    }

    private static func compile(_ path: String) -> xmlSchemaPtr? {
        LibXML.ensureInitialized()
        guard FileManager.default.fileExists(atPath: path),
              let parser = xmlSchemaNewParserCtxt(path) else { return nil }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let sink = LibXMLErrorSink()   // schema compile errors are not the document's fault; keep quiet
        xmlSchemaSetParserStructuredErrors(parser, { context, error in
            guard let context, let error else { return }
            LibXMLErrorSink.from(context).record(error.pointee)
        }, sink.opaque)
        return withExtendedLifetime(sink) { xmlSchemaParse(parser) }
    }
}
