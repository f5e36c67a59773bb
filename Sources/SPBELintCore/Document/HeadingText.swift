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
            while index < text.endIndex, text[index] != " " { index = text.index(after: index) }
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
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
        }
    }

    /// Lower-cased words of a heading without numbering or punctuation, with long forms abbreviated
    /// ("Sistem Pemerintahan Berbasis Elektronik" becomes "spbe").
    public static func normalized(_ heading: String) -> [String] {
        TextFolding.words(of: split(heading).title)
    }

    static func isNumberToken(_ token: String) -> Bool {
        let core = trimPunctuation(token)
        guard !core.isEmpty else { return false }
        if core.allSatisfy({ $0.isNumber || $0 == "." }) { return core.first!.isNumber }
        if isRoman(core) { return true }
        if core.count == 1, core.first!.isLetter, token.count > 1,
           token.hasSuffix(".") || token.hasSuffix(")") { return true }
        return false
    }

    static func isRoman(_ token: String) -> Bool {
        let upper = token.uppercased()
        guard !upper.isEmpty, upper.count <= 7, upper == token || token == token.uppercased() else { return false }
        return upper.allSatisfy { "IVXLC".contains($0) }
    }

    static func isOrdinalWord(_ token: String) -> Bool {
        ["kesatu", "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan",
         "kesembilan", "kesepuluh"].contains(token.lowercased())
    }

    /// The punctuation `trimPunctuation` removes (made once, not per call).
    private static let punctuation: Set<Unicode.Scalar> = [".", ":", ")", "(", "-", "–", "—"]

    static func trimPunctuation(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !punctuation.contains($0) }),
              let last = scalars.lastIndex(where: { !punctuation.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }

    static func trimLeadingPunctuation(_ text: String) -> String {
        var result = Substring(text)
        while let first = result.first, ".:-–—)".contains(first) || first == " " { result = result.dropFirst() }
        return String(result)
    }
}
