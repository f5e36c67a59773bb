import Foundation

/// Splits a heading into its numbering and its title, and normalises headings for matching.
public enum HeadingText {
    /// Splits "BAB IV ARSITEKTUR SPBE" into ("BAB IV", "ARSITEKTUR SPBE"), "4.2. Visi" into ("4.2", "Visi"),
    /// "Pasal 5" into ("Pasal 5", "Pasal 5"), "(1)" and "a." style prefixes likewise.
    public static func split(_ heading: String) -> (numbering: String?, title: String) {
        let trimmed = heading.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return (nil, trimmed) }
        let upperFirst = first.uppercased()
        if ["BAB", "BAGIAN", "PARAGRAF", "PASAL", "LAMPIRAN", "CHAPTER", "SECTION", "ARTICLE"].contains(upperFirst),
           words.count >= 2, isNumberToken(words[1]) || isOrdinalWord(words[1]) {
            let numbering = "\(first) \(trimPunctuation(words[1]))"
            let rest = words.dropFirst(2).joined(separator: " ")
            let title = trimLeadingPunctuation(rest)
            return (numbering, title.isEmpty ? numbering : title)
        }
        if isNumberToken(first) && words.count >= 2 {
            return (trimPunctuation(first), trimLeadingPunctuation(words.dropFirst().joined(separator: " ")))
        }
        return (nil, trimmed)
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

    static func trimPunctuation(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: ".:)(-–—"))
    }

    static func trimLeadingPunctuation(_ text: String) -> String {
        var result = Substring(text)
        while let first = result.first, ".:-–—)".contains(first) || first == " " { result = result.dropFirst() }
        return String(result)
    }
}
