import Foundation

/// Recovers a section tree from lines that carry no heading markup (PDF and Word conversions,
/// plain text, Markdown without headings): `BAB V` with its title on the next line, `1.3 Dasar
/// Hukum`, `A. Tata Kelola SPBE`, `Bagian Kesatu`, `Paragraf 2`, `Pasal 12` alone on its line,
/// `LAMPIRAN`, and the diktum `KESATU :` of a Keputusan. Numbered headings must continue their
/// sequence (1.2 after 1.1 inside BAB I; B after A), a table of contents is skipped, and yearly
/// matrices whose columns line up become tables. One pass over the input.
public enum PlainStructure {
    /// What one `PlainLine` is.
    public enum Unit: Sendable {
        /// A printed line (plain text, PDF, Markdown source): lines join into paragraphs until a
        /// blank line, an indent or a list marker.
        case line
        /// A whole paragraph (a word processor's paragraph): each one is its own block, and
        /// consecutive list items (`a.`, `1.`, `-`) still make one list.
        case paragraph
    }

    /// Recovers the preamble blocks and the flat section list (in `Document` form) from lines.
    public static func recover(_ lines: [PlainLine], unit: Unit = .line) -> (preamble: [Block], sections: [Section]) {
        var builder = DocumentBuilder(path: "", format: .plainText)
        recover(lines.map(PlainItem.line), unit: unit, into: &builder)
        let document = builder.build()
        return (document.preamble, document.sections)
    }

    /// Recovers structure from a mix of plain lines, marked headings and finished blocks, adding
    /// sections and blocks to a builder (which may already hold metadata). A Word reader passes
    /// styled headings as `.heading`, tables as `.block` and unstyled paragraphs as `.line` with
    /// `unit: .paragraph`.
    public static func recover(_ items: [PlainItem], unit: Unit = .line, into builder: inout DocumentBuilder) {
        var reader = PlainStructureReader(items: items, unit: unit)
        reader.read(into: &builder)
    }
}

/// The state of one recovery pass (see `PlainStructure`).
struct PlainStructureReader {
    /// An open heading: its style, values and nesting rank.
    struct Open {
        var style: PlainHeading.Style?
        var values: [Int]
        var rank: Int
    }

    let items: [PlainItem]
    private let contents: Set<Int>
    private var open: [Open] = []
    private var blocks: PlainBlocks
    /// Whether a BAB was seen in the current part (the body, or since the last LAMPIRAN).
    private var babInPart = false
    private var lastDiktum = 0
    private var lastLampiranTitle: String?
    private var previousText = ""

    init(items: [PlainItem], unit: PlainStructure.Unit) {
        self.items = items
        self.blocks = PlainBlocks(paragraphPerLine: unit == .paragraph)
        self.contents = TableOfContents.lines(in: items)
    }

    /// Whether only blank lines follow `index` up to a page break.
    private func endsPage(after index: Int) -> Bool {
        var next = index + 1
        while next < items.count {
            switch items[next] {
            case .pageBreak: return true
            case .line(let line) where line.isBlank: next += 1
            default: return false
            }
        }
        return false
    }

    mutating func read(into builder: inout DocumentBuilder) {
        var index = 0
        while index < items.count {
            defer { index += 1 }
            if contents.contains(index) { continue }
            switch items[index] {
            case .pageBreak:
                // A paragraph goes on over the page break unless its page ended a sentence.
                if WrappedLines.endsSentence(Substring(previousText)) { blocks.add(PlainLine(text: "", position: .start)) }
                continue
            case .line(let line) where line.isBlank && endsPage(after: index):
                continue // the blank foot of a page: not a paragraph break
            case .block(let block):
                blocks.add(block)
            case .heading(let text, let level, let position):
                flush(into: &builder)
                let heading = PlainHeading(text)
                let rank = heading?.style.rank ?? 10 * level
                openSection(text, heading: heading, rank: rank, position: position, into: &builder)
            case .line(let line):
                index = readLine(line, at: index, into: &builder)
            }
        }
        flush(into: &builder)
    }

    /// Handles one plain line; returns the index of the last item it used.
    private mutating func readLine(_ line: PlainLine, at index: Int, into builder: inout DocumentBuilder) -> Int {
        let text = line.text.trimmedSpaces
        defer { if !text.isEmpty { previousText = text } }
        if !text.isEmpty, LayoutTable.yearHeader(line.text) != nil,
           let table = LayoutTable.read(header: line, following: followingLines(after: index)) {
            blocks.add(table.block)
            return consumed(table.used, after: index)
        }
        guard !text.isEmpty, var heading = PlainHeading(text) else {
            blocks.add(line)
            return index
        }
        var accepted = accept(heading)
        if accepted == nil, let roman = heading.asRoman, let rank = accept(roman) {
            heading = roman
            accepted = rank
        }
        guard let rank = accepted else {
            blocks.add(line)
            return index
        }
        flush(into: &builder)
        var last = index
        var title = heading.title
        if heading.style.takesTitleLine, title.isEmpty, let next = titleLine(after: index, for: heading.style) {
            title = next.text
            last = next.index
            let moreLines = heading.style == .bab ? 2 : 1
            for _ in 0..<moreLines {
                guard let more = titleLine(after: last, for: heading.style, secondLine: true) else { break }
                title += " " + more.text
                last = more.index
            }
        }
        if heading.style == .bab, !title.isEmpty, last == index {
            // "BAB IV TATA KELOLA SISTEM PEMERINTAHAN" then "BERBASIS ELEKTRONIK": an upper-case
            // line right below continues the title.
            for _ in 0..<2 {
                guard let more = titleLine(after: last, for: .bab, secondLine: true) else { break }
                title += " " + more.text
                last = more.index
            }
        }
        let raw = title.isEmpty ? heading.label : "\(heading.label) \(title)"
        openSection(raw, heading: heading, rank: rank, position: PlainBlocks.start(of: line), into: &builder,
                    numbering: heading.style == .diktum ? heading.numbering : nil)
        if !heading.body.isEmpty {
            let offset = line.text.count - line.text.drop(while: { $0 == " " }).count
            var bodyLine = line
            bodyLine.text = String(repeating: " ", count: offset + 1) + heading.body
            blocks.add(bodyLine)
        }
        return last
    }

    /// Whether a candidate is a heading here, and its rank; nil when it is ordinary text.
    private mutating func accept(_ heading: PlainHeading) -> Int? {
        switch heading.style {
        case .lampiran:
            let title = heading.title.uppercased()
            guard title != lastLampiranTitle else { return nil }
            lastLampiranTitle = title
            babInPart = false
            lastDiktum = 0
            return 0
        case .bab:
            babInPart = true
            return 10
        case .bagian, .paragraf:
            return heading.style.rank
        case .pasal:
            let referenceEnds = ["dalam", "pada", "dimaksud", "dan", "atau", "sampai", "dengan", "ketentuan", "menurut"]
            if let lastWord = previousText.split(separator: " ").last?.lowercased(),
               referenceEnds.contains(lastWord) || previousText.hasSuffix(",") { return nil }
            return 40
        case .diktum:
            guard heading.values[0] == lastDiktum + 1 else { return nil }
            lastDiktum = heading.values[0]
            return 40
        case .roman:
            guard !babInPart else { return nil }
            return sequenceFits(heading, rank: 10) ? 10 : nil
        case .decimal(let depth):
            if depth == 1 {
                guard !babInPart else { return nil }
                return sequenceFits(heading, rank: 10) ? 10 : nil
            }
            return decimalFits(heading, depth: depth) ? 10 * depth : nil
        case .letter:
            if let sibling = open.lastIndex(where: { $0.style == .letter }) {
                return heading.values[0] == open[sibling].values[0] + 1 ? open[sibling].rank : nil
            }
            guard heading.values[0] == 1 else { return nil }
            return (open.last?.rank ?? 0) + 5
        }
    }

    /// A roman or top-level number continues the open one of its style, or starts at 1.
    private func sequenceFits(_ heading: PlainHeading, rank: Int) -> Bool {
        if let sibling = open.last(where: { $0.style == heading.style }) {
            return heading.values[0] == sibling.values[0] + 1 || heading.values[0] == sibling.values[0] + 2
        }
        return heading.values[0] == 1
    }

    /// `N.M` continues the open numbering: its prefix is the open parent's number (the BAB's
    /// value for depth 2) and its last part follows the previous sibling (or starts at 1 or 2).
    private func decimalFits(_ heading: PlainHeading, depth: Int) -> Bool {
        let values = heading.values
        let prefix = Array(values.dropLast())
        let parentIndex = open.lastIndex { entry in
            if case .decimal(let d) = entry.style { return d == depth - 1 }
            return depth == 2 && (entry.style == .bab || entry.style == .roman)
        }
        if let parentIndex {
            let parent = open[parentIndex]
            let parentValues = parent.style == .bab || parent.style == .roman ? [parent.values[0]] : parent.values
            guard parentValues == prefix else {
                return false
            }
            if let sibling = open[(parentIndex + 1)...].first(where: { $0.style == heading.style }) {
                return values.last! == sibling.values.last! + 1 || values.last! == sibling.values.last! + 2
            }
            return values.last! <= 2
        }
        if let sibling = open.last(where: { $0.style == heading.style }) {
            return Array(sibling.values.dropLast()) == prefix
                && (values.last! == sibling.values.last! + 1 || values.last! == sibling.values.last! + 2)
        }
        return depth == 2 && values.last! <= 2 && !babInPart
    }

    private mutating func openSection(_ raw: String, heading: PlainHeading?, rank: Int, position: SourcePosition,
                                      into builder: inout DocumentBuilder, numbering: String? = nil) {
        while let last = open.last, last.rank >= rank { open.removeLast() }
        if heading?.style == .bab { babInPart = true }
        open.append(Open(style: heading?.style, values: heading?.values ?? [], rank: rank))
        builder.openSection(heading: raw, level: open.count, position: position, numbering: numbering)
    }

    private mutating func flush(into builder: inout DocumentBuilder) {
        for block in blocks.take() { builder.add(block) }
    }

    /// The title line of a heading written alone: the next non-blank line (within two blank
    /// lines) when it is not itself a heading and reads as a title (upper case for BAB).
    private func titleLine(after index: Int, for style: PlainHeading.Style, secondLine: Bool = false) -> (text: String, index: Int)? {
        var blanks = 0
        var cursor = index + 1
        while cursor < items.count {
            guard case .line(let line) = items[cursor] else {
                if case .pageBreak = items[cursor] { cursor += 1; continue }
                return nil
            }
            if line.isBlank {
                blanks += 1
                if blanks > (secondLine ? 0 : 2) { return nil }
                cursor += 1
                continue
            }
            let text = line.text.trimmedSpaces
            guard PlainHeading(text) == nil, text.count <= 100, !text.contains("   ") else { return nil }
            if style == .bab {
                guard PlainHeading.isUpperCase(text), !text.hasSuffix(",") else { return nil }
            } else {
                guard let first = text.first, first.isUppercase, PlainHeading.isTitleLike(text),
                      !secondLine || PlainHeading.isTitleCase(text) else { return nil }
            }
            return (text, cursor)
        }
        return nil
    }

    /// The plain lines after an index, up to the next block, marked heading or table of
    /// contents, and which of them are blank lines around a page break (a table goes on).
    private func followingLines(after index: Int) -> (lines: ArraySlice<PlainLine>, pageGaps: Set<Int>) {
        var lines: [PlainLine] = []
        var gaps = Set<Int>()
        var cursor = index + 1
        while cursor < items.count, !contents.contains(cursor), lines.count <= 400 {
            if case .line(let line) = items[cursor] {
                lines.append(line)
            } else if case .pageBreak = items[cursor] {
                var back = lines.count - 1
                while back >= 0, lines[back].isBlank { gaps.insert(back); back -= 1 }
                var ahead = cursor + 1
                while ahead < items.count, case .line(let next) = items[ahead], next.isBlank {
                    gaps.insert(lines.count + ahead - cursor - 1)
                    ahead += 1
                }
            } else {
                break
            }
            cursor += 1
        }
        return (lines[...], gaps)
    }

    /// The index of the item holding the `count`-th line after `index` (page breaks skipped).
    private func consumed(_ count: Int, after index: Int) -> Int {
        var remaining = count
        var cursor = index
        while remaining > 0, cursor + 1 < items.count {
            cursor += 1
            if case .line = items[cursor] { remaining -= 1 }
        }
        return cursor
    }
}
