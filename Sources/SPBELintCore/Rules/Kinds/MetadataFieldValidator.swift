import Foundation

/// Checks one metadata value against its declared type and says what is wrong, in both languages.
enum MetadataFieldValidator {
    static func problem(with raw: String, for field: MetadataFields.Field) -> LocalizedText? {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty || Placeholder.isPlaceholder(value) {
            return LocalizedText(id: "kosong atau masih penanda isian", en: "is empty or a placeholder")
        }
        switch field.type {
        case .text:
            guard let wanted = field.contains, !wanted.matches(TextFolding.words(of: value)) else { return nil }
            let list = wanted.phrases.joined(separator: ", ")
            return LocalizedText(id: "\"\(value)\" tidak menyebut salah satu dari: \(list)",
                                 en: "\"\(value)\" names none of: \(list)")
        case .year:
            return Period.years(in: value).count == 1 && value.count == 4 ? nil
                : LocalizedText(id: "bukan tahun empat angka: \"\(value)\"", en: "is not a four-digit year: \"\(value)\"")
        case .yearRange:
            return yearRangeProblem(value, years: field.years)
        case .date:
            return isDate(value) ? nil
                : LocalizedText(id: "bukan tanggal YYYY-MM-DD: \"\(value)\"", en: "is not a YYYY-MM-DD date: \"\(value)\"")
        case .enumeration:
            let allowed = field.values ?? []
            if allowed.contains(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) { return nil }
            let list = allowed.joined(separator: ", ")
            return LocalizedText(id: "bernilai \"\(value)\", seharusnya salah satu dari: \(list)",
                                 en: "is \"\(value)\", expected one of: \(list)")
        }
    }

    private static func yearRangeProblem(_ value: String, years: Int?) -> LocalizedText? {
        guard let period = Period(parsing: value) else {
            return LocalizedText(id: "bukan rentang tahun seperti 2025-2029: \"\(value)\"",
                                 en: "is not a year range such as 2025-2029: \"\(value)\"")
        }
        if let years, period.length != years {
            return LocalizedText(
                id: "harus mencakup \(years) tahun, tertulis \(period.start)-\(period.end) (\(period.length) tahun)",
                en: "must span \(years) years, but \(period.start)-\(period.end) spans \(period.length)")
        }
        return nil
    }

    private static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        let calendar = Calendar(identifier: .gregorian)
        guard let date = calendar.date(from: components) else { return false }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == year && back.month == month && back.day == day
    }
}
