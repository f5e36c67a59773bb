import Foundation

/// Splits a heading into its numbering and its title, and normalises headings for matching.
public enum HeadingText {
    /// Splits "BAB IV ARSITEKTUR SPBE" into ("BAB IV", "ARSITEKTUR SPBE"), "4.2. Visi" into ("4.2", "Visi"),
    /// "Pasal 5" into ("Pasal 5", "Pasal 5"), "(1)" and "a." style prefixes likewise.
    public static func split(_ heading: String) -> (numbering: String?, title: String) {
        let trimmed = trimmedWhitespace(heading)
        var words = FirstWords(trimmed)
        guard let first = words.next() else { return (nil, trimmed) }
        let second = words.next()
        if let second, numberedDivisions.contains(first.uppercased()),
           isNumberToken(String(second)) || isOrdinalWord(String(second)) {
            let numbering = "\(first) \(trimPunctuation(String(second)))"
            let title = trimLeadingPunctuation(words.restJoined())
            return (numbering, title.isEmpty ? numbering : title)
        }
        if second != nil, isNumberToken(String(first)) {
            var rest = FirstWords(trimmed)
            _ = rest.next()
            return (trimPunctuation(String(first)), trimLeadingPunctuation(rest.restJoined()))
        }
        return (nil, trimmed)
    }

    /// Division words that may be followed by a number ("BAB IV", "Pasal 5").
    private static let numberedDivisions: Set<String> = ["BAB", "BAGIAN", "PARAGRAF", "PASAL", "LAMPIRAN", "CHAPTER", "SECTION", "ARTICLE"]

    /// The heading without white space and newlines at either end.
    static func trimmedWhitespace(_ text: String) -> String {
        // Most headings start and end with a visible ASCII character: nothing to trim, nothing to copy.
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// Reads the space-separated words of a heading one at a time, so that only the first words
    /// are looked at; the rest is copied once, runs of spaces made single as `split` always did.
    struct FirstWords {
        private let text: Substring
        private var index: Substring.Index

        init(_ text: String) {
            self.text = Substring(text)
            self.index = self.text.startIndex
        }

        mutating func next() -> Substring? {
            skipSpaces()
            guard index < text.endIndex else { return nil }
            let start = index
            let bytes = text.utf8
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: " ") { index = bytes.index(after: index) }
            return text[start..<index]
        }

        /// The words not read yet, joined by single spaces.
        mutating func restJoined() -> String {
            skipSpaces()
            let rest = text[index...]
            if !Self.hasSpaceRun(rest.utf8) {
                index = text.endIndex
                return String(rest)
            }
            var result = ""
            var pendingSpace = false
            for character in text[index...] {
                if character == " " {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
            index = text.endIndex
            return result
        }

        /// Whether the text has two spaces in a row or ends with a space (needs folding).
        private static func hasSpaceRun(_ bytes: Substring.UTF8View) -> Bool {
            var previousSpace = false
            for byte in bytes {
                let isSpace = byte == UInt8(ascii: " ")
                if isSpace && previousSpace { return true }
                previousSpace = isSpace
            }
            return previousSpace
        }

        private mutating func skipSpaces() {
            let bytes = text.utf8
            while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") { index = bytes.index(after: index) }
        }
    }

    /// Lower-cased words of a heading without numbering or punctuation, with long forms abbreviated
    /// ("Sistem Pemerintahan Berbasis Elektronik" becomes "spbe").
    public static func normalized(_ heading: String) -> [String] {
        TextFolding.words(of: split(heading).title)
    }

    static func isNumberToken(_ token: String) -> Bool {
        asciiIsNumberToken(token) ?? characterIsNumberToken(token)
    }

    /// `isNumberToken` read Character by Character (any token).
    static func characterIsNumberToken(_ token: String) -> Bool {
        let core = trimPunctuation(token)
        guard !core.isEmpty else { return false }
        if core.allSatisfy({ $0.isNumber || $0 == "." }) { return core.first!.isNumber }
        if isRoman(core) { return true }
        if core.count == 1, core.first!.isLetter, token.count > 1,
           token.hasSuffix(".") || token.hasSuffix(")") { return true }
        return false
    }

    /// `isNumberToken` read on the bytes of an ASCII token without carriage returns (each byte
    /// a Character of its own); nil for any other token.
    static func asciiIsNumberToken(_ token: String) -> Bool? {
        let bytes = token.utf8
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        func isPunctuation(_ byte: UInt8) -> Bool {
            byte == 0x2E || byte == 0x3A || byte == 0x29 || byte == 0x28 || byte == 0x2D
        }
        guard let first = bytes.firstIndex(where: { !isPunctuation($0) }),
              let last = bytes.lastIndex(where: { !isPunctuation($0) }) else { return false }
        let core = bytes[first...last]
        if core.allSatisfy({ $0.isASCIIDigit || $0 == 0x2E }) { return core[core.startIndex].isASCIIDigit }
        // Roman: no lower-case letter, at most seven, all of I V X L C.
        if core.count <= 7, core.allSatisfy({ [0x49, 0x56, 0x58, 0x4C, 0x43].contains($0) }) { return true }
        let letter = core[core.startIndex]
        if core.count == 1, (letter >= 0x41 && letter <= 0x5A) || (letter >= 0x61 && letter <= 0x7A), bytes.count > 1,
           bytes.last == 0x2E || bytes.last == 0x29 { return true }
        return false
    }

    static func isRoman(_ token: String) -> Bool {
        let upper = token.uppercased()
        guard !upper.isEmpty, upper.count <= 7, upper == token || token == token.uppercased() else { return false }
        return upper.allSatisfy { "IVXLC".contains($0) }
    }

    private static let ordinalWords: Set<String> = ["kesatu", "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam",
                                                    "ketujuh", "kedelapan", "kesembilan", "kesepuluh"]

    static func isOrdinalWord(_ token: String) -> Bool {
        ordinalWords.contains(token.lowercased())
    }

    /// Punctuation trimmed around a number token.
    private static let numberPunctuation: Set<Unicode.Scalar> = [".", ":", ")", "(", "-", "–", "—"]

    static func trimPunctuation(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !numberPunctuation.contains($0) }) else { return "" }
        let last = scalars.lastIndex { !numberPunctuation.contains($0) }!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// Characters dropped before a title ("BAB I: Pendahuluan", "1.2 – Visi").
    private static let titleLead: Set<Character> = [".", ":", "-", "–", "—", ")", " "]

    static func trimLeadingPunctuation(_ text: String) -> String {
        asciiUntrimmed(text) ? text : characterTrimLeadingPunctuation(text)
    }

    /// Whether the text starts with an ASCII Character that no title lead trims: an ASCII byte
    /// followed by an ASCII byte (or nothing) is a Character of its own.
    static func asciiUntrimmed(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), first < 0x80, first != 0x2E, first != 0x3A, first != 0x2D, first != 0x29,
              first != 0x20 else { return false }
        return (bytes.next() ?? 0) < 0x80
    }

    /// `trimLeadingPunctuation` read Character by Character.
    static func characterTrimLeadingPunctuation(_ text: String) -> String {
        guard let first = text.first, titleLead.contains(first) else { return text }
        var result = Substring(text)
        while let first = result.first, titleLead.contains(first) { result = result.dropFirst() }
        return String(result)
    }
}
