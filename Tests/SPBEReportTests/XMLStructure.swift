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
        /// The character data directly inside this element (not in its children).
        var ownText = ""
        /// The indices of the elements it is inside, outermost first.
        var ancestors: [Int] = []
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

    /// The elements named `name` inside the first element named `outer` whose `class` is `outerClass`.
    func named(_ name: String, inside outer: String, class outerClass: String) -> [Element] {
        guard let container = elements.firstIndex(where: { $0.name == outer && $0.attributes["class"] == outerClass }) else { return [] }
        return elements.filter { $0.name == name && $0.ancestors.contains(container) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append(Element(name: elementName, attributes: attributeDict, text: "", ancestors: open))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        for index in open { elements[index].text += string }
        if let innermost = open.last { elements[innermost].ownText += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }
}
