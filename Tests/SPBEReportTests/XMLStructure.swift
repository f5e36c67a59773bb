import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The structure of an HTML report read with a strict XML parser (libxml2 through XMLParser): it
/// fails on any markup that is not well-formed.
final class XMLStructure: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: Error?
    /// All character data, in order.
    private(set) var text = ""

    /// Parses `markup`; nil when it is not well-formed XML.
    static func parse(_ markup: String) -> XMLStructure? {
        let structure = XMLStructure()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = structure
        guard parser.parse(), structure.error == nil else { return nil }
        return structure
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributeDict, text: ""))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        for index in open { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }
}
