internal import CLibXML2

/// A borrowed libxml2 node with the few accessors the mappers need; valid while its document lives.
struct XMLNodeRef {
    let pointer: xmlNodePtr

    var raw: UnsafeMutableRawPointer { UnsafeMutableRawPointer(pointer) }
    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }
    var isCDATA: Bool { pointer.pointee.type == XML_CDATA_SECTION_NODE }
    var isComment: Bool { pointer.pointee.type == XML_COMMENT_NODE }
    var isProcessingInstruction: Bool { pointer.pointee.type == XML_PI_NODE }

    /// The element's local name (no prefix).
    var localName: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// Whether the local name is `name`, compared as bytes (no String is made).
    func isNamed(_ name: StaticString) -> Bool {
        guard let own = pointer.pointee.name else { return false }
        return xmlStrEqual(own, name.utf8Start) != 0
    }

    /// The namespace URI, or "" for none.
    var namespaceURI: String { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } ?? "" }

    /// The name as written in the source: `prefix:local` or `local`.
    var qualifiedName: String {
        if let prefix = pointer.pointee.ns?.pointee.prefix { return String(cString: prefix) + ":" + localName }
        return localName
    }

    /// Raw content of a text, CDATA or comment node.
    var content: String { pointer.pointee.content.map { String(cString: $0) } ?? "" }

    /// Appends the raw content of a text, CDATA or comment node as UTF-8 bytes.
    func appendContent(to bytes: inout [UInt8]) {
        guard let content = pointer.pointee.content else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }

    /// The first child node, then each next sibling through `next`.
    var firstChild: XMLNodeRef? { pointer.pointee.children.map(XMLNodeRef.init(pointer:)) }
    var next: XMLNodeRef? { pointer.pointee.next.map(XMLNodeRef.init(pointer:)) }

    /// libxml2's line for the node (approximate above 65535 lines).
    var line: Int { Int(xmlGetLineNo(pointer)) }

    /// All child nodes, in order.
    var children: [XMLNodeRef] {
        var result: [XMLNodeRef] = []
        var current = pointer.pointee.children
        while let node = current {
            result.append(XMLNodeRef(pointer: node))
            current = node.pointee.next
        }
        return result
    }

    /// Element children, in order.
    var elements: [XMLNodeRef] { children.filter(\.isElement) }

    /// Whether a direct text child holds more than whitespace (mixed content).
    var hasDirectText: Bool {
        var current = pointer.pointee.children
        while let node = current {
            let child = XMLNodeRef(pointer: node)
            if child.isText && !child.content.allSatisfy(\.isWhitespace) { return true }
            current = node.pointee.next
        }
        return false
    }

    /// Whether the element should be read as one block of text: no element children, or mixed content.
    var isTextLeaf: Bool { !hasElementChild || hasDirectText }

    /// Whether any child is an element.
    var hasElementChild: Bool {
        var current = pointer.pointee.children
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE { return true }
            current = node.pointee.next
        }
        return false
    }

    /// The first element child with a local name given as a static string (compared as bytes).
    func firstElement(named name: StaticString) -> XMLNodeRef? {
        var current = pointer.pointee.children
        while let node = current {
            let child = XMLNodeRef(pointer: node)
            if node.pointee.type == XML_ELEMENT_NODE, child.isNamed(name) { return child }
            current = node.pointee.next
        }
        return nil
    }

    /// The first element child with a local name.
    func firstElement(_ name: String) -> XMLNodeRef? {
        var current = pointer.pointee.children
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE, XMLNodeRef(pointer: node).localName == name {
                return XMLNodeRef(pointer: node)
            }
            current = node.pointee.next
        }
        return nil
    }

    /// An attribute without namespace, or nil when absent.
    func attribute(_ name: String) -> String? {
        let value: UnsafeMutablePointer<xmlChar>? = name.withCString { cName in
            cName.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlGetNoNsProp(pointer, $0) }
        }
        guard let value else { return nil }
        defer { spbelint_xml_free(value) }
        return String(cString: value)
    }

    /// The text of the node and its descendants (text and CDATA only), not normalised.
    var rawText: String {
        var result: [UInt8] = []
        appendText(to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the text of the node and its descendants (text and CDATA only) as UTF-8 bytes.
    func appendText(to result: inout [UInt8]) {
        if isText {
            appendContent(to: &result)
            return
        }
        var current = pointer.pointee.children
        while let node = current {
            XMLNodeRef(pointer: node).appendText(to: &result)
            current = node.pointee.next
        }
    }
}
