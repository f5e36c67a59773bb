/// What a plain line looks like when it may be a heading: its numbering style, value and title,
/// read from the line alone (whether it really is a heading also depends on its neighbours).
struct PlainHeading: Sendable, Hashable {
    /// The numbering styles of Indonesian plans and regulations, outermost first.
    enum Style: Sendable, Hashable {
        /// `LAMPIRAN`, `LAMPIRAN I`, `LAMPIRAN : KEPUTUSAN ...`.
        case lampiran
        /// `BAB IV`.
        case bab
        /// `I.` in documents without BAB.
        case roman
        /// `Bagian Kesatu`.
        case bagian
        /// `Paragraf 2`.
        case paragraf
        /// `Pasal 12` alone on its line.
        case pasal
        /// `KESATU :` of a Keputusan.
        case diktum
        /// `1.3 Dasar Hukum` (depth 2), `4.2.1 ...` (depth 3); `1. PENDAHULUAN` (depth 1, upper case only).
        case decimal(depth: Int)
        /// `A. Tata Kelola SPBE`.
        case letter

        /// Nesting rank: a heading closes every open heading of equal or higher rank. Letters
        /// have none: they nest under whatever is open.
        var rank: Int? {
            switch self {
            case .lampiran: return 0
            case .bab, .roman: return 10
            case .bagian: return 20
            case .paragraf: return 30
            case .pasal, .diktum: return 40
            case .decimal(let depth): return 10 * depth
            case .letter: return nil
            }
        }

        /// Whether a title on the next line belongs to the heading when the line holds only the number.
        var takesTitleLine: Bool {
            switch self {
            case .bab, .bagian, .paragraf: return true
            default: return false
            }
        }
    }

    var style: Style
    /// The numbering as written, normalised ("BAB IV", "Pasal 12", "1.3", "A", "KESATU").
    var numbering: String
    /// The marker as written, for the heading text ("BAB IV", "Bagian Kesatu", "1.3.", "A.").
    var label: String
    /// Numeric value used to check the sequence (BAB IV → 4, 1.3 → [1, 3], A → 1).
    var values: [Int]
    /// The title on the same line, if any.
    var title: String
    /// Text after a diktum's colon: the start of its body, not a title.
    var body: String

    /// The same heading read as a roman numeral ("I." is the ninth letter or the first roman).
    var asRoman: PlainHeading? {
        guard style == .letter, let value = LegalNumbers.roman(numbering) else { return nil }
        var roman = self
        roman.style = .roman
        roman.values = [value]
        return roman
    }

    /// Reads a line (already trimmed); nil when it cannot be a heading.
    init?(_ written: String) {
        // A numbered list item ("1. menyediakan ...") is the commonest candidate: rejected on its bytes.
        guard !PlainHeading.isNumberedProse(written) else { return nil }
        self.init(reading: written)
    }

    /// `init(_:)` without the byte test of numbered prose (the tests compare the two).
    init?(reading written: String) {
        // Headings start with a capital or a digit: most lines are rejected here, cheaply.
        guard let head = written.first, head.isUppercase || head.isNumber else { return nil }
        // A heading is at most 160 characters: longer lines are rejected before they are split.
        guard written.utf8.count <= 160 || (written.utf8.count <= 640 && written.count <= 160) else { return nil }
        let line = PlainHeading.unglued(written)
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let firstToken = tokens.first, line.count <= 160 else { return nil }
        let first = String(firstToken)
        let bare = first.legalTrimmed(".:")
        func rest(_ count: Int) -> String {
            guard count < tokens.count else { return "" }
            return String(line[tokens[count].startIndex...]).legalTrimmed(" :.-–—\t").description
        }
        body = ""
        switch bare {
        case "BAB", "Bab":
            guard tokens.count >= 2 else { return nil }
            let label = tokens[1].legalTrimmed(".:")
            guard let value = LegalNumbers.roman(String(label)) ?? Int(label), label.allSatisfy({ $0.isUppercase || $0.isNumber })
            else { return nil }
            title = rest(2)
            guard bare == "BAB" || title.isEmpty || title.first?.isUppercase == true else { return nil }
            guard title.isEmpty || PlainHeading.isUpperCase(title) || PlainHeading.isTitleLike(title) else { return nil }
            self.style = .bab
            numbering = "BAB \(label)"
            self.label = "\(bare) \(label)"
            values = [value]
            return
        case "Bagian", "BAGIAN", "Paragraf", "PARAGRAF":
            guard tokens.count >= 2 else { return nil }
            let words = tokens.dropFirst().prefix(2).map { String($0.legalTrimmed(".:")) }
            let twoWords = words.count == 2 && words[1].lowercased() == "belas"
            // "Bagian Kesatu", "Paragraf 2": an ordinal is capitalised ("Bagian kedua dari ..." is a sentence).
            guard let value = Int(words[0]) ?? (words[0].first?.isUppercase == true ? LegalNumbers.ordinal(words) : nil)
            else { return nil }
            title = rest(twoWords ? 3 : 2)
            guard title.isEmpty || title.first!.isUppercase else { return nil }
            style = bare.lowercased() == "bagian" ? .bagian : .paragraf
            numbering = "\(first.prefix(1).uppercased())\(first.dropFirst().lowercased()) " + (twoWords ? words.joined(separator: " ") : words[0])
            self.label = tokens.prefix(twoWords ? 3 : 2).joined(separator: " ")
            values = [value]
            return
        case "Pasal", "PASAL":
            guard tokens.count == 2, let (value, label) = LegalNumbers.leadingInteger(tokens[1]) else { return nil }
            style = .pasal
            numbering = "Pasal \(label)"
            self.label = numbering
            values = [value]
            title = ""
            return
        case "LAMPIRAN":
            style = .lampiran
            numbering = "LAMPIRAN"
            label = numbering
            values = []
            title = rest(1)
            return
        default:
            break
        }
        if let diktum = PlainHeading.diktum(tokens: tokens, line: line) {
            self = diktum
            return
        }
        guard tokens.count >= 2 else { return nil }
        title = rest(1)
        label = first
        guard PlainHeading.isTitleLike(title) else { return nil }
        if let parts = PlainHeading.decimalParts(first) {
            guard parts.count >= 2 || PlainHeading.isUpperCase(title) else { return nil }
            style = .decimal(depth: parts.count)
            numbering = parts.map(String.init).joined(separator: ".")
            values = parts
            return
        }
        if first.count == 2, first.hasSuffix("."), let letter = first.first, letter.isASCII, letter.isUppercase {
            style = .letter
            numbering = String(letter)
            values = [Int(letter.asciiValue! - 64)]
            return
        }
        if first.hasSuffix("."), let value = LegalNumbers.roman(String(first.dropLast())), bare.allSatisfy(\.isUppercase) {
            style = .roman
            numbering = String(bare)
            values = [value]
            return
        }
        return nil
    }

    /// Whether a line is a number ("1.", "2.3") and then, after spaces, tabs, colons, dots or
    /// hyphens, a lower-case ASCII letter: a list item, never a heading. `init` would reject it
    /// after splitting the whole line into Characters (its title would not start with a capital);
    /// this reads a few bytes.
    static func isNumberedProse(_ line: String) -> Bool {
        var utf8 = line.utf8.makeIterator()
        guard let first = utf8.next(), first.isASCIIDigit else { return false }
        var byte = utf8.next()
        while let current = byte, current.isASCIIDigit || current == 0x2E { byte = utf8.next() }
        guard byte == 0x20 || byte == 0x09 else { return false }
        while let current = byte, current == 0x20 || current == 0x09 || current == 0x3A || current == 0x2E || current == 0x2D {
            byte = utf8.next()
        }
        guard let letter = byte else { return false }
        return letter >= 0x61 && letter <= 0x7A
    }

    private init(style: Style, numbering: String, values: [Int], title: String, body: String) {
        self.style = style
        self.numbering = numbering
        self.label = numbering
        self.values = values
        self.title = title
        self.body = body
    }

    /// The ordinal words of diktum, KESATU to KESEPULUH and beyond.
    static func diktum(tokens: [Substring], line: String) -> PlainHeading? {
        var index = 0
        if tokens[0].legalTrimmed(":") == "DIKTUM" { index = 1 }
        guard index < tokens.count else { return nil }
        let word = tokens[index]
        let core = word.legalTrimmed(":")
        guard core.count >= 5, core.allSatisfy({ $0.isUppercase }), let value = LegalNumbers.ordinal([String(core)])
        else { return nil }
        var bodyStart = index + 1
        if !word.hasSuffix(":") {
            if bodyStart < tokens.count {
                guard tokens[bodyStart] == ":" || tokens[bodyStart].hasPrefix(":") else { return nil }
                if tokens[bodyStart] == ":" { bodyStart += 1 }
            }
        }
        var body = bodyStart < tokens.count ? String(line[tokens[bodyStart].startIndex...]) : ""
        while body.first == ":" || body.first == " " { body.removeFirst() }
        return PlainHeading(style: .diktum, numbering: String(core), values: [value], title: "", body: body)
    }

    /// The line with a space put back after a numbering glued to its title ("6.3.Analisis" →
    /// "6.3. Analisis"), so that the numbering reads as a token.
    static func unglued(_ line: String) -> String {
        var digitsAndDots = 0
        var sawDot = false
        for character in line {
            if character.isASCII && character.isNumber { digitsAndDots += 1; continue }
            if character == "." { digitsAndDots += 1; sawDot = true; continue }
            break
        }
        guard sawDot, digitsAndDots >= 3, digitsAndDots < line.count else { return line }
        let cut = line.index(line.startIndex, offsetBy: digitsAndDots)
        guard line[line.index(before: cut)] == ".", line[cut].isLetter, line[cut].isUppercase else { return line }
        return String(line[..<cut]) + " " + line[cut...]
    }

    /// "1.3", "1.3.", "4.2.1" → [1, 3] ...; "2." → [2]; nil for anything else.
    static func decimalParts(_ token: String) -> [Int]? {
        let core = token.hasSuffix(".") ? token.dropLast() : Substring(token)
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 5,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count >= 2 || token.hasSuffix(".")
        else { return nil }
        return parts.compactMap { Int($0) }
    }

    /// A short title: starts with a capital or digit, at most 14 words, no clause punctuation at
    /// the end, no column gap (a table row) inside.
    static func isTitleLike(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase || first.isNumber || first == "\"" || first == "“",
              text.count <= 110, !text.contains("   "), !text.contains("...") , !text.contains("…")
        else { return false }
        if let last = text.last, ",;".contains(last) { return false }
        if text.hasSuffix(".") && !isUpperCase(text) { return false }
        let words = text.split(separator: " ")
        guard words.count <= 14 else { return false }
        // A sentence: several lower-case words in a row after the first is normal in titles,
        // but a verb-led clause ("adalah", "yaitu") is not a title.
        let lowered = Set(words.map { $0.lowercased() })
        return lowered.isDisjoint(with: ["adalah", "yaitu", "yakni", "merupakan", "bahwa"])
    }

    /// Words that stay lower case inside a title.
    static let titleConnectors: Set<String> = ["dan", "atau", "serta", "untuk", "dalam", "yang", "di", "ke", "dari",
                                               "pada", "terhadap", "bagi", "oleh", "dengan", "of", "and", "the"]

    /// Title Case: every word but the connectors starts with a capital (or a digit).
    static func isTitleCase(_ text: String) -> Bool {
        text.split(separator: " ").allSatisfy { word in
            titleConnectors.contains(word.lowercased()) || word.first.map { $0.isUppercase || $0.isNumber || !$0.isLetter } == true
        }
    }

    /// Whether every letter of the text is upper case (and there is at least one).
    static func isUpperCase(_ text: String) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            guard !character.isLowercase else { return false }
            letters += 1
        }
        return letters > 0
    }
}
