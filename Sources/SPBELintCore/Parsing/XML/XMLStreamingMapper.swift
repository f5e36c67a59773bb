internal import CLibXML2

/// Maps a `dokumen-spbe` document while libxml2's reader parses and validates it, holding one child
/// of `dokumen` as a tree at a time instead of the whole document (a 5 MB plan's tree is ~37 MB).
/// It gives up (returns nil) as soon as libxml2 reports anything at all, a syntax error, a schema
/// violation or a warning: the caller then reads the whole tree as before, so that problems,
/// diagnostics and their positions are exactly those of the tree path.
struct XMLStreamingMapper {
    let source: XMLSourceMap
    let path: String
    let doctypeEnd: Int?
    /// The compiled schema to validate against while reading, or nil for none.
    let schema: xmlSchemaPtr?

    /// Documents of at least this many bytes are validated, and have their term index built, on
    /// other threads (chapter by chapter as they are read); below it, a thread costs more than it saves.
    static let backgroundIndexBytes = 512 * 1024
    /// The size from which this reader uses other threads (`backgroundIndexBytes`; tests lower it).
    var backgroundBytes = XMLStreamingMapper.backgroundIndexBytes

    /// Whether the document's root element is `dokumen` in spbelint's namespace: a reader parses
    /// only the prolog and the root's start tag to tell.
    static func rootIsSPBE(_ source: XMLSourceMap, path: String) -> Bool {
        let sink = LibXMLErrorSink()
        return (try? LibXML.withErrors(into: sink) { () throws(InputProblem) -> Bool in
            withReader(source, path: path, sink: sink) { reader in
                while xmlTextReaderRead(reader) == 1 {
                    guard let node = xmlTextReaderCurrentNode(reader) else { return false }
                    if node.pointee.type == XML_ELEMENT_NODE { return XMLVocabulary(root: XMLNodeRef(pointer: node)) == .spbe }
                }
                return false
            } ?? false
        }) ?? false
    }

    /// The mapped document, or nil when libxml2 reported anything (then read the tree instead).
    /// A large document is validated by a second reader on another thread while this one maps it.
    func map() -> Document? {
        let background = schema.flatMap { schema in
            source.count >= backgroundBytes
                ? XMLBackgroundValidation(text: source.text, path: path, schema: schema) : nil
        }
        let readerSchema = background == nil ? schema : nil
        let sink = LibXMLErrorSink()
        let document = try? LibXML.withErrors(into: sink) { () throws(InputProblem) -> Document? in
            Self.withReader(source, path: path, sink: sink) { reader in
                if let readerSchema, xmlTextReaderSetSchema(reader, readerSchema) != 0 { return nil }
                guard let document = read(reader), sink.issues.isEmpty else { return nil }
                if readerSchema != nil, xmlTextReaderIsValid(reader) != 1 { return nil }
                return document
            } ?? nil
        }
        guard let background else { return document ?? nil }
        guard let document = document ?? nil else {
            background.cancel()
            return nil
        }
        return background.wait() ? document : nil
    }

    /// Walks the reader: nodes around the root and the root's children are visited in order, each
    /// element child of the root expanded to a tree, mapped, then skipped (libxml2 frees it).
    private func read(_ reader: xmlTextReaderPtr) -> Document? {
        let context = XMLMappingContext(builder: DocumentBuilder(path: path, format: XMLVocabulary.spbe.format),
                                        source: source)
        context.recordsPositions = false
        if source.count >= backgroundBytes {
            // XML markup takes about half the bytes of a plan; its text runs at a word per seven or eight.
            context.builder.indexInBackground(positions: source.count / 14)
        }
        if let doctypeEnd { context.source.advance(to: doctypeEnd) }
        let mapper = SPBEVocabularyMapper(context: context)
        var rootSeen = false
        var status = xmlTextReaderRead(reader)
        while status == 1 {
            guard let pointer = xmlTextReaderCurrentNode(reader) else { return nil }
            let node = XMLNodeRef(pointer: pointer)
            let depth = xmlTextReaderDepth(reader)
            let isEnd = xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_END_ELEMENT.rawValue)
            if depth == 1, node.isElement, !isEnd {
                guard xmlTextReaderExpand(reader) != nil else { return nil }
                mapper.mapElement(node)
                context.builder.handFinishedSections()
                status = xmlTextReaderNext(reader)
                continue
            }
            if depth == 0, node.isElement {
                if !isEnd {
                    guard !rootSeen, !Self.declaresEntities(pointer) else { return nil }
                    rootSeen = true
                    mapper.map(root: node, withChildren: false)
                }
            } else if depth == 0 || depth == 1 {
                // Comments and processing instructions (and CDATA among the root's children) are
                // visited as the tree path visits them; text between the root's children is skipped.
                if pointer.pointee.type != XML_DTD_NODE, pointer.pointee.type != XML_DOCUMENT_TYPE_NODE,
                   !node.isText || node.isCDATA {
                    context.visitOther(node)
                }
            } else {
                return nil
            }
            status = xmlTextReaderRead(reader)
        }
        guard status == 0, rootSeen else { return nil }
        return context.builder.build()
    }

    /// Whether the document's internal subset still holds entity declarations (the tree path refuses it).
    private static func declaresEntities(_ node: xmlNodePtr) -> Bool {
        guard let subset = node.pointee.doc?.pointee.intSubset else { return false }
        var current = subset.pointee.children
        while let declaration = current {
            if declaration.pointee.type == XML_ENTITY_DECL { return true }
            current = declaration.pointee.next
        }
        return false
    }

    /// Runs `body` with a reader over the source bytes (see `LibXML.withReader`); nil when no reader could be made.
    private static func withReader<R>(_ source: XMLSourceMap, path: String, sink: LibXMLErrorSink,
                                      _ body: (xmlTextReaderPtr) -> R) -> R? {
        source.withBytes { LibXML.withReader(over: $0, path: path, sink: sink, body) }
    }
}
