/// Shared state while one XML tree is mapped to a `Document`: the builder, the source map and the
/// position of every element visited. Nodes must be visited in document order.
final class XMLMappingContext {
    var builder: DocumentBuilder
    var source: XMLSourceMap
    /// Element positions in visiting order, for schema errors that name a node (rare: looked up
    /// through `position(of:)`, which indexes them only when first asked).
    private var visited: [(node: UnsafeMutableRawPointer, position: SourcePosition)] = []
    private var positionsByNode: [UnsafeMutableRawPointer: SourcePosition]?

    init(builder: DocumentBuilder, source: XMLSourceMap) {
        self.builder = builder
        self.source = source
    }

    /// Locates an element's start tag (`<` column) and records it.
    @discardableResult
    func enter(_ element: XMLNodeRef) -> SourcePosition {
        let found = source.locateElement(element.qualifiedName)
        let position = found ?? source.clamped(line: element.line, column: 1)
        visited.append((element.raw, position))
        return position
    }

    /// Where a visited element starts, or nil for a node never entered.
    func position(of node: UnsafeMutableRawPointer) -> SourcePosition? {
        if positionsByNode == nil {
            positionsByNode = Dictionary(visited.map { ($0.node, $0.position) }, uniquingKeysWith: { _, last in last })
        }
        return positionsByNode?[node]
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
    /// XML's white space: space, tab, carriage return and line feed.
    static func isXMLSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Trims XML white space at both ends.
    func trimmingXMLSpace() -> String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !String.isXMLSpace($0) }),
              let last = bytes.lastIndex(where: { !String.isXMLSpace($0) }) else { return "" }
        return String(self[first..<bytes.index(after: last)])
    }

    /// Lines trimmed, blank lines dropped, joined by newlines.
    func normalizedXMLText() -> String {
        var source = self
        return source.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var lineStart = 0
            func flush(_ end: Int) {
                var first = lineStart, last = end
                while first < last, String.isXMLSpace(bytes[first]) { first += 1 }
                while last > first, String.isXMLSpace(bytes[last - 1]) { last -= 1 }
                guard first < last else { return }
                if !output.isEmpty { output.append(0x0A) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first..<last]))
            }
            for offset in 0..<bytes.count where bytes[offset] == 0x0A || bytes[offset] == 0x0D {
                flush(offset)
                lineStart = offset + 1
            }
            flush(bytes.count)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Every run of XML white space collapsed to one space, ends trimmed.
    func collapsingXMLSpace() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if String.isXMLSpace(byte) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
