/// Shared state while one XML tree is mapped to a `Document`: the builder, the source map and the
/// position of every element visited. Nodes must be visited in document order.
final class XMLMappingContext {
    var builder: DocumentBuilder
    var source: XMLSourceMap
    /// Element positions by node, for schema errors that name a node.
    private(set) var positions: [UnsafeMutableRawPointer: SourcePosition] = [:]

    init(builder: DocumentBuilder, source: XMLSourceMap) {
        self.builder = builder
        self.source = source
    }

    /// Locates an element's start tag (`<` column) and records it.
    @discardableResult
    func enter(_ element: XMLNodeRef) -> SourcePosition {
        let found = source.locateElement(element.qualifiedName)
        let position = found ?? source.clamped(line: element.line, column: 1)
        positions[element.raw] = position
        return position
    }

    /// Visits a non-element node: comments are recorded, CDATA and PIs are skipped over.
    func visitOther(_ node: XMLNodeRef) {
        if node.isComment {
            let position = source.locateConstruct(open: "<!--", close: "-->") ?? source.clamped(line: node.line, column: 1)
            let text = node.content.trimmingXMLSpace()
            builder.comments.append(TableCell(text: text, position: position))
        } else if node.isCDATA {
            _ = source.locateConstruct(open: "<![CDATA[", close: "]]>")
        } else if node.isProcessingInstruction {
            _ = source.locateConstruct(open: "<?", close: "?>")
        }
    }

    /// Calls `body` for each element child in order; other children are visited (comments recorded).
    func forEachElement(of parent: XMLNodeRef, _ body: (XMLNodeRef) -> Void) {
        for child in parent.children {
            if child.isElement {
                body(child)
            } else if !child.isText || child.isCDATA {
                visitOther(child)
            }
        }
    }

    /// Visits an element's whole subtree without mapping it, and returns its text (lines trimmed,
    /// blank lines dropped, joined by newlines).
    func consumeText(of element: XMLNodeRef) -> String {
        var raw = ""
        consume(element, into: &raw)
        return raw.normalizedXMLText()
    }

    /// Visits the children of an element that was already entered, returning their text.
    func consumeChildrenText(of element: XMLNodeRef) -> String {
        var raw = ""
        for child in element.children { consume(child, into: &raw) }
        return raw.normalizedXMLText()
    }

    private func consume(_ node: XMLNodeRef, into raw: inout String) {
        if node.isElement {
            enter(node)
            for child in node.children { consume(child, into: &raw) }
        } else if node.isText {
            if node.isCDATA { visitOther(node) }
            raw += node.content
        } else {
            visitOther(node)
        }
    }

    /// Adds a block, skipping empty text.
    func addBlock(_ kind: Block.Kind, text: String, at position: SourcePosition) {
        guard !text.isEmpty else { return }
        builder.add(Block(kind: kind, text: text, position: position))
    }

    /// Opens a section one level below the innermost open one.
    func openSection(heading: String, at position: SourcePosition, numbering: String? = nil) {
        builder.openSection(heading: heading, level: builder.nextChildLevel, position: position,
                            numbering: numbering)
    }

    /// Sets a metadata field when the value is not empty.
    func setMetadata(_ key: String, _ value: String?, at position: SourcePosition) {
        guard let value = value?.collapsingXMLSpace(), !value.isEmpty else { return }
        builder.metadata.set(MetadataField(key: key, value: value, position: position))
    }
}

extension String {
    /// Trims spaces, tabs and line breaks at both ends.
    func trimmingXMLSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Lines trimmed, blank lines dropped, joined by newlines.
    func normalizedXMLText() -> String {
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return trimmingXMLSpace() }
        return unicodeScalars.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { String(String.UnicodeScalarView($0)).trimmingXMLSpace() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Every run of whitespace collapsed to one space, ends trimmed.
    func collapsingXMLSpace() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
