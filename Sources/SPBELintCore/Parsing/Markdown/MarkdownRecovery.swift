import Foundation

/// Decides when a Markdown document's headings are missing or few (a PDF or Word conversion),
/// so that its paragraphs go through the plain-line structure recovery, and gives their lines.
enum MarkdownRecovery {
    /// Recover when paragraph (or list) lines hold at least two unmarked structural headings (BAB, Bagian,
    /// Paragraf, Pasal, diktum, LAMPIRAN, `N.M` numbering) and more of them than marked headings.
    static func needed(_ nodes: [CmarkNode], lineMap: LineMap) -> Bool {
        var counts = Counts()
        counts.add(nodes, lineMap: lineMap)
        return counts.needed
    }

    /// The marked and unmarked headings among a document's top-level nodes, added up piece by
    /// piece when the document is parsed in pieces.
    struct Counts {
        var marked = 0
        var unmarked = 0

        /// Whether the document as a whole needs recovery.
        var needed: Bool { unmarked >= 2 && unmarked > marked }

        mutating func add(_ nodes: [CmarkNode], lineMap: LineMap) {
            for node in nodes {
                switch node.typeName {
                case "heading":
                    marked += 1
                case "paragraph", "list":
                    guard node.endLine >= node.startLine else { continue }
                    for number in node.startLine...node.endLine {
                        let bytes = lineMap.lineBytes(number)
                        guard mayBeStructural(bytes) else { continue }
                        let text = String(decoding: bytes, as: UTF8.self).trimmingSuffix("\r")
                        guard let heading = PlainHeading(text.trimmedSpaces) else { continue }
                        switch heading.style {
                        case .letter, .roman, .decimal(depth: 1): continue
                        default: unmarked += 1
                        }
                    }
                default:
                    continue
                }
            }
        }
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

    /// A cheap test on a line's bytes, true for every line `PlainHeading` may read as a counted
    /// heading: it starts with a digit, or its first word (dots and colons trimmed) is upper case,
    /// "Bab", "Bagian", "Paragraf" or "Pasal", or is not ASCII. Most prose lines fail it.
    static func mayBeStructural(_ line: ArraySlice<UInt8>) -> Bool {
        guard let start = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        if line[start] >= 0x30 && line[start] <= 0x39 { return true }
        var end = start
        while end < line.endIndex, line[end] != 0x20, line[end] != 0x09, line[end] != 0x0D { end += 1 }
        var word = line[start..<end]
        while let first = word.first, first == 0x2E || first == 0x3A { word = word.dropFirst() }
        while let last = word.last, last == 0x2E || last == 0x3A { word = word.dropLast() }
        guard !word.isEmpty else { return false }
        if word.contains(where: { $0 >= 0x80 }) { return true }
        if word.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return true }
        return structuralWords.contains { $0.elementsEqual(word) }
    }

    private static let structuralWords: [[UInt8]] = ["Bab", "Bagian", "Paragraf", "Pasal"].map { Array($0.utf8) }

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
