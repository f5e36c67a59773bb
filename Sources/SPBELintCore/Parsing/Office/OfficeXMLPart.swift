import Foundation
internal import CLibXML2

/// One XML part of an Office package, parsed by libxml2 with the XML input's safe options
/// (no entity substitution, no DTD loading, no network); a part with a DOCTYPE is refused, as
/// OOXML and ODF never use one. Owns the libxml2 tree and frees it when released.
final class OfficeXMLPart {
    private let document: xmlDocPtr
    /// The root element.
    let root: XMLNodeRef

    /// Parses `data` (the part named `name`, for messages) or throws a problem about `path`.
    init(data: Data, name: String, path: String) throws(InputProblem) {
        let bytes = [UInt8](data)
        if XMLDoctypeGuard(bytes: bytes).start != nil {
            throw OfficeProblem.damaged(path, part: name, detail: "DOCTYPE")
        }
        let sink = LibXMLErrorSink()
        let parsed = try LibXML.withErrors(into: sink) { () throws(InputProblem) -> xmlDocPtr? in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlReadMemory($0, Int32(clamping: buffer.count), name, nil, OfficeXMLPart.options)
                    }
                } ?? nil
            }
        }
        guard let parsed, sink.firstError == nil, let rootPointer = xmlDocGetRootElement(parsed) else {
            if let parsed { xmlFreeDoc(parsed) }
            throw OfficeProblem.damaged(path, part: name, detail: sink.firstError?.message ?? "empty")
        }
        document = parsed
        root = XMLNodeRef(pointer: rootPointer)
    }

    deinit { xmlFreeDoc(document) }

    /// No network, no DTD loading, no entity substitution (libxml2's defaults); blanks kept (`xml:space`).
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
        | XML_PARSE_NOWARNING.rawValue)
}

extension XMLNodeRef {
    /// An attribute by local name, whatever its namespace (`w:val`, `text:style-name`, or none).
    func value(_ localName: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name) == localName {
                guard let text = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
                else { return "" }
                defer { spbelint_xml_free(text) }
                return String(cString: text)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Element children with a local name.
    func elements(_ localName: String) -> [XMLNodeRef] {
        elements.filter { $0.localName == localName }
    }

    /// The `val` attribute of the first child element with a local name (`<w:pStyle w:val="…"/>`).
    func childValue(_ localName: String) -> String? {
        firstElement(localName)?.value("val")
    }

    /// Elements below this one, depth first, with a local name.
    func descendants(_ localName: String) -> [XMLNodeRef] {
        var result: [XMLNodeRef] = []
        for child in elements {
            if child.localName == localName { result.append(child) }
            result += child.descendants(localName)
        }
        return result
    }
}
