/// One place where a phrase of a list occurs, read from the word index.
public struct TermHit: Sendable, Hashable {
    // Kept in 32 bits: 16 bytes a hit instead of 24 (a query on a large plan can hold 100,000).
    private var storedSection: Int32
    private var storedBlock: Int32
    /// First and last word position in the word index.
    public var start: Int32
    public var end: Int32

    /// The section (`-1` for the preamble).
    public var section: Int {
        get { Int(storedSection) }
        set { storedSection = Int32(newValue) }
    }
    /// The block among the section's own blocks; `-1` for the heading.
    public var block: Int {
        get { Int(storedBlock) }
        set { storedBlock = Int32(newValue) }
    }

    public init(section: Int, block: Int, start: Int32, end: Int32) {
        storedSection = Int32(section)
        storedBlock = Int32(block)
        self.start = start
        self.end = end
    }
}

/// Phrase and concept queries on the word index, and what a hit looks like to a reader.
extension Document {
    /// Every place where a phrase of the list occurs (through affixes, spelling variants and a few
    /// inserted words), in document order, optionally only in `scope` (section indices, -1 preamble).
    public func hits(of list: PhraseList, in scope: Set<Int>? = nil, limit: Int = .max) -> [TermHit] {
        if let scope, scope.isEmpty { return [] }
        let ranges = scope.map { terms.words.ranges(of: $0) }
        var excluded = Set<Int32>()
        for exclusion in list.exclusions {
            for hit in terms.words.hits(of: exclusion, in: ranges, limit: .max) { excluded.insert(hit.start) }
        }
        var found: [WordIndex.Hit] = []
        for pattern in list.patterns {
            // Enough hits of each pattern to fill `limit` after exclusions.
            let wanted = limit == .max ? .max : limit + excluded.count
            found += terms.words.hits(of: pattern, in: ranges, limit: wanted)
        }
        found.sort { $0.start < $1.start }
        var result: [TermHit] = []
        result.reserveCapacity(min(found.count, limit))
        var last: Int32 = -1
        for hit in found where hit.start != last && !excluded.contains(hit.start) {
            last = hit.start
            let span = terms.words.span(of: hit.start)
            result.append(TermHit(section: Int(span.section), block: Int(span.block), start: hit.start, end: hit.end))
            if result.count >= limit { break }
        }
        return result
    }

    /// Whether the list occurs in the given sections (nil = anywhere).
    public func contains(_ list: PhraseList, in scope: Set<Int>?) -> Bool {
        !hits(of: list, in: scope, limit: 1).isEmpty
    }

    /// The block a hit lies in, or nil for a heading.
    public func block(of hit: TermHit) -> Block? {
        guard hit.block >= 0 else { return nil }
        let blocks = hit.section < 0 ? preamble : sections[hit.section].blocks
        return hit.block < blocks.count ? blocks[hit.block] : nil
    }

    /// The text a hit lies in: the heading, a table row or list item, else the paragraph.
    func text(of hit: TermHit) -> String {
        guard let block = block(of: hit) else { return hit.section >= 0 ? sections[hit.section].rawHeading : "" }
        return block.text
    }

    /// UTF-8 offset of the hit's first word in `text(of:)`.
    func offset(of hit: TermHit) -> Int {
        offsets(of: hit).start
    }

    /// UTF-8 offsets of the hit's first and last word in `text(of:)`, read again from that text
    /// (the word index keeps no offsets).
    func offsets(of hit: TermHit) -> (start: Int, end: Int) {
        let lineBreaks = block(of: hit).map { $0.kind == .list || $0.kind == .table } ?? true
        let spanStart = terms.words.span(of: hit.start).start
        let offsets = analysis.wordOffsets(ofSpanAt: spanStart, text: { text(of: hit) }, lineBreaks: lineBreaks)
        func offset(_ position: Int32) -> Int {
            let index = Int(position - spanStart)
            return offsets.indices.contains(index) ? Int(max(0, offsets[index])) : text(of: hit).utf8.count
        }
        return (offset(hit.start), offset(hit.end))
    }

    /// Where a hit is: its table row or list item, else its block or heading.
    public func position(of hit: TermHit) -> SourcePosition {
        guard let block = block(of: hit) else { return hit.section >= 0 ? sections[hit.section].position : .start }
        let offset = offset(of: hit)
        let line = lineNumber(in: block.text, at: offset)
        switch block.kind {
        case .list where line < block.items.count: return block.items[line].position
        case .table:
            guard let table = block.table else { return block.position }
            let positions = table.linePositions
            return line < positions.count ? positions[line] : block.position
        default: return block.position(atOffset: offset)
        }
    }

    private func lineNumber(in text: String, at offset: Int) -> Int {
        text.utf8.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The row, item or clause around a hit: its line for tables and lists, else 120 characters
    /// around it, whitespace collapsed.
    func context(of hit: TermHit, radius: Int = 120, after: Int? = nil) -> String {
        let text = Array(self.text(of: hit).utf8)
        let at = min(offset(of: hit), text.count)
        var lower = at, upper = at
        let isLined = block(of: hit).map { $0.kind == .list || $0.kind == .table } ?? true
        while lower > 0, text[lower - 1] != 0x0A, !(!isLined && at - lower >= radius) { lower -= 1 }
        while upper < text.count, text[upper] != 0x0A, !(!isLined && upper - at >= (after ?? radius + 40)) { upper += 1 }
        // A window cut inside a paragraph starts and ends at whole words.
        if lower > 0, text[lower - 1] != 0x0A {
            while lower < at, text[lower] != 0x20 { lower += 1 }
        }
        if upper < text.count, text[upper] != 0x0A {
            while upper > at, text[upper - 1] != 0x20 { upper -= 1 }
        }
        return String(decoding: text[lower..<upper], as: UTF8.self)
    }

    /// A short quote of the line that holds a hit (at most about 100 characters), for coverage.
    public func excerpt(of hit: TermHit) -> String {
        let offsets = offsets(of: hit)
        let length = offsets.end - offsets.start
        let context = self.context(of: hit, radius: 30, after: length + 60)
        var words = context.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        words = words.replacingOccurrences(of: "\t", with: " | ")
        if words.count > 110 { words = String(words.prefix(107)) + "…" }
        return words
    }

    /// Whether the line around a hit plans it: a year, a schedule ("setiap tahun"), a check mark of
    /// a year column, or a row of a roadmap matrix (whose rows name a responsible unit).
    func isPlanned(_ hit: TermHit) -> Bool {
        if hit.block < 0 { return true }
        if let block = block(of: hit), block.kind == .table, yearTableSections.contains(hit.section) { return true }
        let context = self.context(of: hit, radius: 80)
        return Self.holdsYearOrMark(context) || Self.schedule.matches(TextFolding.words(of: context))
    }

    /// Words that schedule what they stand next to ("setiap tahun", "annually").
    static let schedule = PhraseList(["setiap tahun", "tiap tahun", "per tahun", "setiap dua tahun", "setiap 2 tahun",
                                      "tahun pertama", "tahun kedua", "tahun ketiga", "tahun keempat", "tahun kelima",
                                      "setiap semester", "setiap triwulan", "every year", "annually", "every two years"])

    /// Whether a text holds a year (1950-2099) standing alone or a check mark.
    static func holdsYearOrMark(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        // Check marks are not ASCII: their scalars are looked up only when a byte is.
        if bytes.contains(where: { $0 >= 0x80 }),
           text.unicodeScalars.contains(where: { $0.value >= 0x80 && CheckMark.scalars.contains($0.value) }) { return true }
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i].isASCIIDigit }
        var i = 0
        while i + 3 < bytes.count {
            if isDigit(i), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i - 1), !isDigit(i + 4) {
                let century = (bytes[i] - 0x30) * 10 + (bytes[i + 1] - 0x30)
                let decade = bytes[i + 2] - 0x30
                if century == 20 || (century == 19 && decade >= 5) { return true }
            }
            i += 1
        }
        return false
    }

    /// How a finding names the place of a hit: "BAB IV TATA KELOLA SPBE (baris 602)" (in a PDF
    /// "halaman 12 baris 30", in Word "paragraf 143").
    func place(of hit: TermHit) -> LocalizedText {
        let at = position(of: hit).words(in: path)
        guard hit.section >= 0 else { return LocalizedText(id: "awal dokumen (\(at.id))", en: "the start of the document (\(at.en))") }
        var heading = sections[hit.section].rawHeading
        if heading.count > 60 { heading = String(heading.prefix(57)) + "…" }
        return LocalizedText(id: "\"\(heading)\" (\(at.id))", en: "\"\(heading)\" (\(at.en))")
    }
}
