/// A planning period in whole years, both ends included.
public struct Period: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Number of years covered, both ends included.
    public var length: Int { end - start + 1 }

    /// Parses "2025-2029", "2025–2029", "2025 s.d. 2029", "2025 sampai 2029" or "2025/2029".
    public init?(parsing text: String) {
        let years = Period.years(in: text)
        guard years.count == 2, years[0] <= years[1] else { return nil }
        self.init(start: years[0], end: years[1])
    }

    /// Four-digit years between 1900 and 2199 found in a text, in order.
    public static func years(in text: String) -> [Int] {
        yearsOfBytes(text) ?? yearsOfCharacters(text)
    }

    /// `years(in:)` read on the bytes: an ASCII digit between ASCII bytes is a Character of its
    /// own. Nil when a digit touches a non-ASCII byte (it might carry a combining mark).
    static func yearsOfBytes(_ text: String) -> [Int]? {
        var result: [Int] = []
        var digits = 0, value = 0, previousASCII = true
        for byte in text.utf8 {
            if byte.isASCIIDigit {
                guard previousASCII else { return nil }
                digits += 1
                value = value &* 10 &+ Int(byte - 0x30)
            } else {
                if digits > 0 && byte >= 0x80 { return nil }
                if digits == 4, (1900...2199).contains(value) { result.append(value) }
                digits = 0
                value = 0
            }
            previousASCII = byte < 0x80
        }
        if digits == 4, (1900...2199).contains(value) { result.append(value) }
        return result
    }

    /// `years(in:)` read Character by Character, for texts whose digits touch non-ASCII text.
    static func yearsOfCharacters(_ text: String) -> [Int] {
        var result: [Int] = []
        var digits = ""
        for ch in text + " " {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else {
                if digits.count == 4, let year = Int(digits), (1900...2199).contains(year) {
                    result.append(year)
                }
                digits = ""
            }
        }
        return result
    }
}
