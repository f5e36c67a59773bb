/// Reads dates as Indonesian (and English) documents write them: "2 Oktober 2019", "31 Agustus 2021",
/// "4 Okt 2019", "October 2, 2019", "02-10-2019".
public enum IndonesianDate {
    /// Month names and common abbreviations, folded to lower case, by month number.
    static let months: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["januari", "january", "jan"]), (2, ["februari", "pebruari", "february", "feb", "peb"]),
            (3, ["maret", "march", "mar"]), (4, ["april", "apr"]), (5, ["mei", "may"]),
            (6, ["juni", "june", "jun"]), (7, ["juli", "july", "jul"]),
            (8, ["agustus", "august", "agu", "agt", "aug", "ags"]),
            (9, ["september", "sep", "sept"]), (10, ["oktober", "october", "okt", "oct"]),
            (11, ["nopember", "november", "nov", "nop"]), (12, ["desember", "december", "des", "dec"]),
        ]
        var table: [String: Int] = [:]
        for (number, words) in names { for word in words { table[word] = number } }
        return table
    }()

    /// The first date found in `text`, or nil.
    public static func first(in text: String) -> CalendarDate? {
        let tokens = tokenize(text)
        var i = 0
        while i < tokens.count {
            // day month year
            if i + 2 < tokens.count, let day = Int(tokens[i]), tokens[i].count <= 2,
               let month = months[tokens[i + 1]], let year = Int(tokens[i + 2]), tokens[i + 2].count == 4,
               let date = CalendarDate(year: year, month: month, day: day) {
                return date
            }
            // month day year (English)
            if i + 2 < tokens.count, let month = months[tokens[i]], let day = Int(tokens[i + 1]), tokens[i + 1].count <= 2,
               let year = Int(tokens[i + 2]), tokens[i + 2].count == 4,
               let date = CalendarDate(year: year, month: month, day: day) {
                return date
            }
            // dd-mm-yyyy
            if i + 2 < tokens.count, tokens[i].count <= 2, tokens[i + 1].count <= 2, tokens[i + 2].count == 4,
               let day = Int(tokens[i]), let month = Int(tokens[i + 1]), let year = Int(tokens[i + 2]),
               let date = CalendarDate(year: year, month: month, day: day) {
                return date
            }
            i += 1
        }
        return nil
    }

    /// Lower-case letter runs and digit runs; everything else separates.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsDigit = false
        for scalar in text.unicodeScalars {
            let isDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            let isLetter = (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
            if isDigit || isLetter {
                if !current.isEmpty && isDigit != currentIsDigit { tokens.append(current); current = "" }
                current.unicodeScalars.append(isLetter ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
                currentIsDigit = isDigit
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
