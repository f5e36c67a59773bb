/// Reads the numbers Indonesian statutes write: roman numerals (BAB IV), ordinal words (Bagian
/// Kedua), digits with an optional letter suffix (Pasal 5A).
enum LegalNumbers {
    /// The value of a roman numeral such as "IV" or "xii", or nil.
    /// 9 → "IX", 14 → "XIV" (1...3999; other numbers as digits).
    static func romanNumeral(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var result = ""
        for (value, letters) in table {
            while rest >= value { result += letters; rest -= value }
        }
        return result
    }

    static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let upper = text.uppercased()
        guard !upper.isEmpty, upper.count <= 9 else { return nil }
        var total = 0
        var previous = 0
        for character in upper.reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        return total
    }

    private static let units = ["satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                                "delapan": 8, "sembilan": 9]

    /// The value of an ordinal word ("Kesatu", "Pertama", "Kesebelas", "Kedua Belas"), or nil.
    static func ordinal(_ words: [String]) -> Int? {
        guard var first = words.first?.lowercased() else { return nil }
        if first == "pertama" { return 1 }
        guard first.hasPrefix("ke"), first.count > 2 else { return nil }
        first.removeFirst(2)
        if first == "sepuluh" { return 10 }
        if first == "sebelas" { return 11 }
        if first.hasSuffix("belas"), let unit = units[String(first.dropLast(5))] { return 10 + unit }
        guard let unit = units[first] else { return nil }
        if words.count > 1, words[1].lowercased() == "belas" { return 10 + unit }
        return unit
    }

    /// The leading integer and the whole label of "5", "5A", "12." or "(3)"; nil when it does not start with a digit.
    static func leadingInteger(_ token: Substring) -> (number: Int, label: String)? {
        let core = token.legalTrimmed(".:;,()")
        let digits = core.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        let rest = core.dropFirst(digits.count)
        guard rest.count <= 1, rest.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return nil }
        return (number, String(core))
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    func legalTrimmed(_ set: String) -> Substring {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
