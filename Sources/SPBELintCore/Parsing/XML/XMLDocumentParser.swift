import Foundation
internal import CLibXML2

/// Reads XML input (spbelint's `dokumen-spbe` vocabulary, Akoma Ntoso 3.0, the corpus's plain
/// `regulation` shape, or anything else generically) into a `Document`, with libxml2 set up safely.
public struct XMLDocumentParser: DocumentParser {
    /// The XSD used to validate `dokumen-spbe` documents; nil or a missing file skips validation.
    public let schemaURL: URL?

    /// Whether a `dokumen-spbe` document is first read by the streaming mapper (off only in tests
    /// that compare it with the tree path).
    var streams = true

    public init(schemaURL: URL? = ResourceLocator.folder("Schemas")?.appendingPathComponent("dokumen-spbe.xsd")) {
        self.schemaURL = schemaURL
    }

    public func parse(text: consuming String, path: String) throws(InputProblem) -> Document {
        let source = XMLSourceMap(text: text)   // refuses entity-declaring DTDs before libxml2 sees them
        let doctype = source.withBytes { XMLDoctypeGuard(bytes: $0) }
        let doctypePosition = doctype.start.map { source.position(ofOffset: $0) } ?? .start
        if doctype.declaresEntities { throw Self.entityProblem(path: path, at: doctypePosition) }
        if let refused = source.withBytes({ bytes -> InputProblem? in
            do throws(InputProblem) {
                try InputLimits.checkXML(bytes, path: path)
                return nil
            } catch {
                return error
            }
        }) { throw refused }
        if streams, let streamed = streamed(source, doctypeEnd: doctype.end, path: path) { return streamed }
        let sink = LibXMLErrorSink()
        let document = try LibXML.withErrors(into: sink) { () throws(InputProblem) -> xmlDocPtr in
            try read(source, path: path, sink: sink)
        }
        defer { xmlFreeDoc(document) }
        try checkEntityDeclarations(document, path: path, at: doctypePosition)
        guard let rootPointer = xmlDocGetRootElement(document) else {
            throw InputProblem(path: path, message: "Dokumen XML tidak memiliki elemen akar.",
                               messageEN: "The XML document has no root element.")
        }
        return map(document, root: XMLNodeRef(pointer: rootPointer), source: source, doctypeEnd: doctype.end,
                   path: path)
    }

    /// A `dokumen-spbe` document read by the streaming mapper, or nil when it is another vocabulary
    /// or libxml2 reported anything (the tree path then reads it, with its exact messages).
    private func streamed(_ source: XMLSourceMap, doctypeEnd: Int?, path: String) -> Document? {
        guard XMLStreamingMapper.rootIsSPBE(source, path: path) else { return nil }
        var schema: xmlSchemaPtr?
        if let schemaURL, schemaURL.isFileURL {
            guard let compiled = XMLSchemaCache.shared.schema(at: schemaURL.path) else { return nil }
            schema = compiled
        }
        return XMLStreamingMapper(source: source, path: path, doctypeEnd: doctypeEnd, schema: schema).map()
    }

    /// Parses the bytes; well-formedness errors become an `InputProblem` at libxml2's line:column.
    private func read(_ source: XMLSourceMap, path: String, sink: LibXMLErrorSink) throws(InputProblem) -> xmlDocPtr {
        guard !source.withBytes({ $0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }) else {
            throw InputProblem(path: path, message: "Dokumen XML kosong.", messageEN: "The XML document is empty.")
        }
        // The text is already UTF-8: force that encoding and ignore any declaration in the prolog.
        let document = source.withBytes { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(clamping: buffer.count), path, "UTF-8", LibXML.parseOptions)
            }
        }
        if let error = sink.firstError {
            if let document { xmlFreeDoc(document) }
            throw InputProblem(path: path, position: source.clamped(line: error.line, column: error.column),
                               message: "XML tidak valid (tidak well-formed): \(error.message)",
                               messageEN: "Malformed XML: \(error.message)")
        }
        guard let document else {
            throw InputProblem(path: path, message: "Dokumen XML tidak dapat dibaca.",
                               messageEN: "The XML document could not be read.")
        }
        return document
    }

    /// Defence in depth: an internal subset that still holds entity declarations is refused.
    private func checkEntityDeclarations(_ document: xmlDocPtr, path: String,
                                         at position: SourcePosition) throws(InputProblem) {
        guard let subset = document.pointee.intSubset else { return }
        var current = subset.pointee.children
        while let node = current {
            if node.pointee.type == XML_ENTITY_DECL {
                throw Self.entityProblem(path: path, at: position)
            }
            current = node.pointee.next
        }
    }

    private static func entityProblem(path: String, at position: SourcePosition) -> InputProblem {
        InputProblem(path: path, position: position,
                     message: "DTD dengan deklarasi entitas tidak diizinkan (perlindungan terhadap XXE dan "
                        + "\"billion laughs\"); hapus <!ENTITY …> dari DOCTYPE.",
                     messageEN: "A DTD that declares entities is not allowed (protection against XXE and "
                        + "\"billion laughs\"); remove the <!ENTITY …> declarations from the DOCTYPE.")
    }

    /// Chooses the vocabulary by the root element and maps the tree.
    private func map(_ document: xmlDocPtr, root: XMLNodeRef, source: XMLSourceMap, doctypeEnd: Int?,
                     path: String) -> Document {
        let vocabulary = XMLVocabulary(root: root)
        let context = XMLMappingContext(builder: DocumentBuilder(path: path, format: vocabulary.format),
                                        source: source)
        if let doctypeEnd { context.source.advance(to: doctypeEnd) }
        // Comments and processing instructions around the root element, in order.
        var node = document.pointee.children
        var rootSeen = false
        while let current = node {
            let ref = XMLNodeRef(pointer: current)
            if ref.isElement, ref.raw == root.raw, !rootSeen {
                rootSeen = true
                mapRoot(root, vocabulary: vocabulary, context: context)
            } else if !ref.isElement, current.pointee.type != XML_DTD_NODE {
                context.visitOther(ref)
            }
            node = current.pointee.next
        }
        if vocabulary == .spbe, let schemaURL, schemaURL.isFileURL {
            XMLSchemaValidator.validate(document, schemaPath: schemaURL.path, context: context)
        }
        return context.builder.build()
    }

    private func mapRoot(_ root: XMLNodeRef, vocabulary: XMLVocabulary, context: XMLMappingContext) {
        switch vocabulary {
        case .spbe: SPBEVocabularyMapper(context: context).map(root: root)
        case .akomaNtoso: AkomaNtosoMapper(context: context).map(root: root)
        case .regulation: RegulationVocabularyMapper(context: context).map(root: root)
        case .unknown: GenericXMLMapper(context: context).map(root: root)
        }
    }
}
