import Foundation

/// Decides when a Markdown document's headings are missing or few (a PDF or Word conversion),
/// so that its paragraphs go through the plain-line structure recovery, and gives their lines.
enum MarkdownRecovery {
    /// Recover when paragraph (or list) lines hold at least two unmarked structural headings (BAB, Bagian,
    /// Paragraf, Pasal, diktum, LAMPIRAN, `N.M` numbering) and more of them than marked headings.
    static func needed(_ nodes: [CmarkNode], lineMap: LineMap) -> Bool {
        var marked = 0
        var unmarked = 0
        for node in nodes {
            switch node.typeName {
            case "heading":
                marked += 1
            case "paragraph", "list":
                for line in lines(of: node, lineMap: lineMap) {
                    guard let heading = PlainHeading(line.text.trimmedSpaces) else { continue }
                    switch heading.style {
                    case .letter, .roman, .decimal(depth: 1): continue
                    default: unmarked += 1
                    }
                }
            default:
                continue
            }
        }
        return unmarked >= 2 && unmarked > marked
    }

    /// Whether a list node swallowed a regulation's body: a line of it, after its first, is a BAB,
    /// Bagian, Paragraf, Pasal, LAMPIRAN or diktum heading. An unindented line after a list item
    /// continues the item in CommonMark ("lazy continuation"), so a converted statute whose text
    /// has no blank lines becomes one list from its first "1." onwards; its lines are recovered.
    static func swallowsStructure(_ node: CmarkNode, lineMap: LineMap) -> Bool {
        guard node.typeName == "list" else { return false }
        return lines(of: node, lineMap: lineMap).dropFirst().contains { line in
            switch PlainHeading(line.text.trimmedSpaces)?.style {
            case .bab, .bagian, .paragraf, .pasal, .lampiran, .diktum: return true
            default: return false
            }
        }
    }

    /// The source lines of a paragraph node, as written.
    static func lines(of node: CmarkNode, lineMap: LineMap) -> [PlainLine] {
        guard node.endLine >= node.startLine else { return [] }
        return (node.startLine...node.endLine).map { line in
            PlainLine(text: String(decoding: lineMap.lineBytes(line), as: UTF8.self).trimmingSuffix("\r"),
                      position: SourcePosition(line: line, column: 1))
        }
    }
}

extension String {
    /// The string without one trailing occurrence of `suffix`.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
