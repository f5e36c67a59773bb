/// Renders list counters the way word processors show them (Word `w:numFmt`, ODF `style:num-format`).
enum ListNumberFormat: Equatable {
    case decimal, decimalZero, upperRoman, lowerRoman, upperLetter, lowerLetter, bullet, none

    /// A Word `w:numFmt` value; formats spbelint does not know render as decimal.
    init(word value: String?) {
        switch value {
        case "decimalZero": self = .decimalZero
        case "upperRoman": self = .upperRoman
        case "lowerRoman": self = .lowerRoman
        case "upperLetter": self = .upperLetter
        case "lowerLetter": self = .lowerLetter
        case "bullet": self = .bullet
        case "none": self = .none
        default: self = .decimal
        }
    }

    /// An ODF `style:num-format` value ("1", "I", "i", "A", "a", "" for none).
    init(odf value: String?) {
        switch value {
        case "I": self = .upperRoman
        case "i": self = .lowerRoman
        case "A": self = .upperLetter
        case "a": self = .lowerLetter
        case "": self = .none
        default: self = .decimal
        }
    }

    /// Counters are kept in this range, whatever a hostile file declares (no overflow, no huge labels).
    static let counterRange = 0...99_999

    /// A start value or counter read from a file, clamped to `counterRange`.
    static func counter(_ text: String?, default value: Int) -> Int {
        min(max(text.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? value, counterRange.lowerBound),
            counterRange.upperBound)
    }

    func render(_ number: Int) -> String {
        switch self {
        case .decimal: return String(number)
        case .decimalZero: return number < 10 && number >= 0 ? "0\(number)" : String(number)
        case .upperRoman: return Self.roman(number)
        case .lowerRoman: return Self.roman(number).lowercased()
        case .upperLetter: return Self.letters(number)
        case .lowerLetter: return Self.letters(number).lowercased()
        case .bullet, .none: return ""
        }
    }

    /// I, II, … (numbers outside 1...3999 as decimal).
    static func roman(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var result = ""
        for (value, symbol) in table {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }

    /// A, B, … Z, AA, BB, … as Word writes them (the letter repeated).
    static func letters(_ number: Int) -> String {
        guard number >= 1, number <= 26 * 20 else { return String(number) }
        let letter = Character(UnicodeScalar(UInt8(65 + (number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }
}
