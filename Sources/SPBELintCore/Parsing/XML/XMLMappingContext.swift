/// Shared state while one XML tree is mapped to a `Document`: the builder, the source map and the
/// position of every element visited. Nodes must be visited in document order.
final class XMLMappingContext {
    var builder: DocumentBuilder
    var source: XMLSourceMap
    /// Element positions in visiting order, for schema errors that name a node (rare: looked up
    /// through `position(of:)`, which indexes them only when first asked).
    private var visited: [(node: UnsafeMutableRawPointer, position: SourcePosition)] = []
    private var positionsByNode: [UnsafeMutableRawPointer: SourcePosition]?
    /// Whether `enter` keeps element positions for `position(of:)`; off while streaming, where
    /// libxml2 reuses the memory of freed nodes (and any schema error sends the caller back to the tree).
    var recordsPositions = true
    /// A byte buffer reused for the text of each element.
    private var scratch: [UInt8] = []

    init(builder: DocumentBuilder, source: XMLSourceMap) {
        self.builder = builder
        self.source = source
    }

    /// Locates an element's start tag (`<` column) and records it.
    @discardableResult
    func enter(_ element: XMLNodeRef) -> SourcePosition {
        let found = source.locateElement(element)
        let position = found ?? source.clamped(line: element.line, column: 1)
        if recordsPositions { visited.append((element.raw, position)) }
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
        var current = parent.firstChild
        while let child = current {
            if child.isElement {
                body(child)
            } else if !child.isText || child.isCDATA {
                visitOther(child)
            }
            current = child.next
        }
    }

    /// Visits an element's whole subtree without mapping it, and returns its text (lines trimmed,
    /// blank lines dropped, joined by newlines).
    func consumeText(of element: XMLNodeRef) -> String {
        consumed(collapsing: false) { consume(element, into: &$0) }
    }

    /// Visits the children of an element that was already entered, returning their text.
    func consumeChildrenText(of element: XMLNodeRef) -> String {
        consumed(collapsing: false) { consumeChildren(of: element, into: &$0) }
    }

    /// `consumeChildrenText(of:).collapsingXMLSpace()` in one pass: the children's text with every run
    /// of XML white space collapsed to one space.
    func consumeChildrenCollapsed(of element: XMLNodeRef) -> String {
        consumed(collapsing: true) { consumeChildren(of: element, into: &$0) }
    }

    /// Collects raw text bytes into the reused buffer and makes the one String of the result.
    private func consumed(collapsing: Bool, _ collect: (inout [UInt8]) -> Void) -> String {
        var raw = scratch
        scratch = []
        raw.removeAll(keepingCapacity: true)
        collect(&raw)
        let text = raw.withUnsafeBufferPointer {
            collapsing ? XMLText.collapsed($0) : XMLText.normalized($0)
        }
        scratch = raw
        return text
    }

    private func consumeChildren(of element: XMLNodeRef, into raw: inout [UInt8]) {
        var current = element.firstChild
        while let child = current {
            consume(child, into: &raw)
            current = child.next
        }
    }

    private func consume(_ node: XMLNodeRef, into raw: inout [UInt8]) {
        if node.isElement {
            enter(node)
            consumeChildren(of: node, into: &raw)
        } else if node.isText {
            if node.isCDATA { visitOther(node) }
            node.appendContent(to: &raw)
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
    static func isXMLSpace(_ byte: UInt8) -> Bool { XMLText.isSpace(byte) }

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
        return source.withUTF8 { XMLText.normalized($0) }
    }

    /// Every run of XML white space collapsed to one space, ends trimmed.
    func collapsingXMLSpace() -> String {
        var source = self
        return source.withUTF8 { XMLText.collapsed($0) }
    }
}
