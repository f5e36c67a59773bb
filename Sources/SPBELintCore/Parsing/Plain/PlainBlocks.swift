import Foundation

/// Gathers body lines into paragraphs and lists: a blank line or a first-line indent ends a
/// paragraph, a list marker (`a.`, `1)`, `-`, `•`) starts an item, an ayat `(1)` starts a
/// paragraph, and other lines continue what is open. With one paragraph per line (word
/// processors), only lines marked `continuesParagraph` continue what is open.
struct PlainBlocks {
    /// Whether every line is a whole paragraph (word-processor input).
    let paragraphPerLine: Bool
    private var paragraph: [PlainLine] = []
    private var items: [[PlainLine]] = []
    private var itemIndent = 0
    private var lastIndent = 0
    /// Whether a blank line came since the last line of the open list.
    private var blankInList = false
    /// Finished blocks, in order, waiting to be taken.
    private(set) var finished: [Block] = []

    init(paragraphPerLine: Bool = false) {
        self.paragraphPerLine = paragraphPerLine
    }

    /// Adds one body line.
    mutating func add(_ line: PlainLine) {
        guard !line.isBlank else {
            closeParagraph()
            if !items.isEmpty { blankInList = true }
            return
        }
        defer { blankInList = false }
        let indent = line.text.prefix { $0 == " " || $0 == "\t" }.count
        let text = line.text.trimmedSpaces
        defer { lastIndent = indent }
        if Self.startsPreamblePart(text) {
            closeAll()
            paragraph = [line]
            return
        }
        if paragraphPerLine {
            if line.continuesParagraph, !Self.isListItem(text) {
                if !paragraph.isEmpty {
                    paragraph.append(line)
                    return
                }
                if !items.isEmpty {
                    items[items.count - 1].append(line)
                    return
                }
            }
            closeParagraph()
            if Self.isListItem(text) {
                items.append([line])
            } else {
                // Left open: the next line may continue it.
                closeList()
                paragraph = [line]
            }
            return
        }
        if Self.isListItem(text) {
            closeParagraph()
            if items.isEmpty { itemIndent = indent }
            items.append([line])
            return
        }
        if text.hasPrefix("("), LegalMarkers.value(of: text.split(separator: " ").first ?? "", style: .ayat) != nil,
           !continuesReference {
            closeAll()
            paragraph = [line]
            return
        }
        if !items.isEmpty, paragraph.isEmpty, indent > itemIndent || (!blankInList && indent >= lastIndent - 1) {
            items[items.count - 1].append(line)
            return
        }
        if let previous = paragraph.last, indent >= lastIndent + 3, lastIndent <= 2,
           let end = previous.text.last(where: { !$0.isWhitespace }), ".:;!?”\"".contains(end) {
            closeParagraph()
        }
        if paragraph.isEmpty { closeList() }
        paragraph.append(line)
    }

    /// Whether the last line ends with a word after which "(1)" is a reference ("pada ayat").
    private var continuesReference: Bool {
        guard let last = (paragraph.last ?? items.last?.last)?.text.split(separator: " ").last else { return false }
        return LegalMarkers.referenceWords.contains(last.lowercased())
    }

    /// Adds a block made elsewhere (a table), after whatever is open.
    mutating func add(_ block: Block) {
        closeAll()
        finished.append(block)
    }

    /// Closes what is open and hands over the finished blocks.
    mutating func take() -> [Block] {
        closeAll()
        defer { finished = [] }
        return finished
    }

    mutating func closeAll() {
        closeParagraph()
        closeList()
    }

    private mutating func closeParagraph() {
        guard let first = paragraph.first else { return }
        let (text, starts) = Self.joinWithLines(paragraph)
        finished.append(Block(kind: .paragraph, text: text, position: Self.start(of: first), lineStarts: starts))
        paragraph = []
    }

    private mutating func closeList() {
        guard let first = items.first?.first else { return }
        let cells = items.map { TableCell(text: Self.join($0), position: Self.start(of: $0[0])) }
        finished.append(.list(cells, at: Self.start(of: first)))
        items = []
    }

    /// Where the text of a line starts (after its indentation).
    static func start(of line: PlainLine) -> SourcePosition {
        let indent = line.text.prefix { $0 == " " || $0 == "\t" }.count
        var position = line.position
        position.column += indent
        return position
    }

    /// The lines joined with spaces (a line ending in a hyphen after a letter joins the next
    /// lower-case line without one), runs of spaces collapsed, with where each later line's text
    /// begins in the result (see `Block.lineStarts`).
    static func joinWithLines(_ lines: [PlainLine]) -> (String, [LineStart]) {
        var raw = ""
        var rawStarts: [(offset: Int, position: SourcePosition)] = []
        for line in lines {
            let text = line.text.trimmedSpaces
            if raw.isEmpty {
                raw = text
            } else if raw.hasSuffix("-"), raw.dropLast().last?.isLetter == true, text.first?.isLowercase == true {
                rawStarts.append((raw.utf8.count, start(of: line)))
                raw += text
            } else {
                raw += " "
                rawStarts.append((raw.utf8.count, start(of: line)))
                raw += text
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(raw.utf8.count)
        var starts: [LineStart] = []
        var next = 0
        var pendingSpace = false
        for (offset, byte) in raw.utf8.enumerated() {
            if byte == 0x20 {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            while next < rawStarts.count, rawStarts[next].offset <= offset {
                if !output.isEmpty, starts.last?.offset != output.count {
                    starts.append(LineStart(offset: output.count, position: rawStarts[next].position))
                }
                next += 1
            }
            output.append(byte)
        }
        return (String(decoding: output, as: UTF8.self), starts)
    }

    /// Joins lines with spaces; a line ending in a hyphen after a letter joins without one.
    static func join(_ lines: [PlainLine]) -> String {
        joinWithLines(lines).0
    }

    /// Words that open a part of a regulation's preamble ("Menimbang :", "Mengingat :").
    static let preambleWords: Set<String> = ["menimbang", "mengingat", "memperhatikan", "menetapkan", "memutuskan"]

    /// Whether a line opens a part of the preamble, which starts a new paragraph.
    static func startsPreamblePart(_ text: String) -> Bool {
        guard text.first == "M" else { return false }
        let first = text.prefix { $0.isLetter }
        return preambleWords.contains(first.lowercased())
    }

    /// A list item: `a.`, `b)`, `1.`, `12)`, `a)`, `-`, `•`, `·`, `` then text.
    static func isListItem(_ text: String) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first else { return false }
        let characters = Array(first.prefix(3))
        if characters.count == 3, characters[0].isASCII, characters[0].isLowercase, characters[1] == ")", characters[2].isLetter {
            return true // "f)Tahap": the space after the marker was lost
        }
        if ["-", "•", "·", "", "▪", "–", "*", "o"].contains(first) && text.count > first.count + 1 { return true }
        if let marker = first.last, marker == "." || marker == ")", first.first != "(" {
            let core = first.dropLast()
            if core.count == 1, let letter = core.first, letter.isASCII, letter.isLowercase { return true }
            if (1...3).contains(core.count), core.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        }
        return false
    }
}
