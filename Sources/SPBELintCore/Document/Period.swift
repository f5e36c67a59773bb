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
