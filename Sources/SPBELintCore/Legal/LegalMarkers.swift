/// Finds the markers of ayat "(1)", huruf "a." and angka "1." in running legal text, where line
/// breaks may already be spaces, and splits the text at them.
///
/// A marker counts at the start of the text, after a word ending a clause (";" or ":", and "."
/// for ayat), or after "dan"/"atau" that follow such a word; the next ayat in sequence also counts
/// after any word but "ayat", "pada", "dalam" and the like (sources that drop the final ";").
/// Later markers must continue the sequence (the next letter or number; an ayat may skip one),
/// so "ayat (1)" or "1 (satu) tahun" inside a sentence is never taken for a marker.
enum LegalMarkers {
    /// The kind of marker looked for.
    enum Style {
        case ayat, letter, number
    }

    /// One numbered part of a split text.
    struct Part {
        var label: String
        var value: Int
        var text: Substring
    }

    /// Words separated by white space, as slices of the text.
    static func tokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// The value of a marker token in a style: "(3)" → 3, "b." or "b)" → 2, "4." or "4)" → 4.
    static func value(of token: Substring, style: Style) -> Int? {
        switch style {
        case .ayat:
            guard token.count >= 3, token.first == "(", token.last == ")" else { return nil }
            let inner = token.dropFirst().dropLast()
            guard inner.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(inner)
        case .letter:
            guard token.count == 2, let letter = token.first, letter.isASCII, letter.isLowercase,
                  token.last == "." || token.last == ")" else { return nil }
            return Int(letter.asciiValue! - Character("a").asciiValue!) + 1
        case .number:
            guard token.count >= 2, token.last == "." || token.last == ")" else { return nil }
            let digits = token.dropLast()
            guard digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(digits)
        }
    }

    /// The label of a marker value: "b" for letter 2, "4" otherwise.
    static func label(_ value: Int, style: Style) -> String {
        guard style == .letter, (1...26).contains(value) else { return String(value) }
        return String(Character(Unicode.Scalar(UInt8(96 + value))))
    }

    /// Words after which "(n)" is a reference or part of a sentence, never a new ayat.
    static let referenceWords: Set<String> = ["ayat", "dan", "atau", "dan/atau", "pada", "dalam", "sampai", "dengan", "serta"]

    /// Whether a marker may begin at token `index`.
    static func isBoundary(_ tokens: [Substring], _ index: Int, style: Style) -> Bool {
        guard index > 0 else { return true }
        let enders: Set<Character> = style == .ayat ? [";", ":", "."] : [";", ":"]
        if let last = tokens[index - 1].last, enders.contains(last) { return true }
        let previous = tokens[index - 1].lowercased()
        // "SPBE;dan f." where the conversion lost the space after the semicolon.
        for glued in [";dan", ";atau", ";dan/atau", ",dan", ",atau"] where previous.hasSuffix(glued) && previous.count > glued.count {
            return true
        }
        if index >= 2, ["dan", "atau", "dan/atau"].contains(previous), let last = tokens[index - 2].last {
            return last == ";" || last == ","
        }
        return false
    }

    /// Splits text at markers of a style. `next` is the value a first marker inside the text must
    /// have; with `anyFirst` a marker at the very start may have any value (an ayat written on its own).
    static func split(_ text: String, style: Style, next: Int = 1, anyFirst: Bool = false) -> (lead: Substring, parts: [Part]) {
        let tokens = tokens(text)
        var starts: [(index: Int, value: Int)] = []
        for (index, token) in tokens.enumerated() {
            guard let value = value(of: token, style: style) else { continue }
            guard isBoundary(tokens, index, style: style)
                    || (style == .ayat && starts.last?.value == value - 1 && !referenceWords.contains(tokens[index - 1].lowercased()))
            else { continue }
            if let last = starts.last {
                let fits = style == .ayat ? (value == last.value + 1 || value == last.value + 2) : value == last.value + 1
                if fits { starts.append((index, value)) }
            } else if value == next || (anyFirst && index == 0 && value >= 1) {
                starts.append((index, value))
            }
        }
        guard let first = starts.first else { return (Substring(text).legalTrimmed(" \t\n\r"), []) }
        let lead = text[text.startIndex..<tokens[first.index].startIndex].legalTrimmed(" \t\n\r")
        var parts: [Part] = []
        for (position, start) in starts.enumerated() {
            let from = tokens[start.index].endIndex
            let to = position + 1 < starts.count ? tokens[starts[position + 1].index].startIndex : text.endIndex
            parts.append(Part(label: label(start.value, style: style), value: start.value,
                              text: text[from..<to].legalTrimmed(" \t\n\r")))
        }
        return (lead, parts)
    }

    /// A marker at the very start of a list item's text ("a. ", "1. "), with the rest of the text.
    static func leadingMarker(_ text: String) -> (label: String, value: Int, rest: Substring)? {
        guard let token = tokens(text).first else { return nil }
        for style in [Style.letter, .number] {
            if let value = value(of: token, style: style) {
                return (label(value, style: style), value, text[token.endIndex...].legalTrimmed(" \t\n\r"))
            }
        }
        return nil
    }
}

extension LegalMarkers {
    /// The ordinals that open a diktum of a Keputusan.
    static let diktumOrdinals: Set<String> = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH",
                                              "KEDELAPAN", "KESEMBILAN", "KESEPULUH", "KESEBELAS"]

    /// Whether a block opens a diktum: "KESATU : …", "KEDUA: …" (upper case, then a colon or a space).
    static func isDiktum(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        let word = trimmed.prefix { $0.isLetter }
        guard diktumOrdinals.contains(String(word)) else { return false }
        let rest = trimmed.dropFirst(word.count)
        return rest.first.map { $0 == ":" || $0.isWhitespace } ?? false
    }
}
