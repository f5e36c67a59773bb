import SPBELintCore

/// Readable names of metadata values (document kind, level, status, profile) in the report's language.
enum DocumentNames {
    /// "Rencana Induk SPBE" / "SPBE master plan" for `rencana-induk`; an unknown value as written.
    static func kind(_ value: String, in language: Language) -> String {
        guard let name = DocumentKind.displayName(value, in: language) else { return value }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// "Kota" / "City" for `kota`.
    static func level(_ value: String, in language: Language) -> String {
        name(value, in: levels, language)
    }

    /// "Rancangan" / "Draft" for `rancangan`.
    static func status(_ value: String, in language: Language) -> String {
        name(value, in: statuses, language)
    }

    /// "Pemerintah daerah" / "Regional government" for `pemda`.
    static func profile(_ profile: Profile, in language: Language) -> String {
        name(profile.rawValue, in: profiles, language)
    }

    private static func name(_ value: String, in table: [String: LocalizedText], _ language: Language) -> String {
        table[value.lowercased().trimmingCharacters(in: .whitespaces)]?.text(in: language) ?? value
    }

    private static let levels: [String: LocalizedText] = [
        "nasional": LocalizedText(id: "Nasional", en: "National"),
        "instansi-pusat": LocalizedText(id: "Instansi pusat", en: "Central agency"),
        "provinsi": LocalizedText(id: "Provinsi", en: "Province"),
        "kabupaten": LocalizedText(id: "Kabupaten", en: "Regency"),
        "kota": LocalizedText(id: "Kota", en: "City"),
    ]

    private static let statuses: [String: LocalizedText] = [
        "draf": LocalizedText(id: "Draf", en: "Draft"),
        "rancangan": LocalizedText(id: "Rancangan", en: "Draft"),
        "final": LocalizedText(id: "Final", en: "Final"),
        "ditetapkan": LocalizedText(id: "Ditetapkan", en: "Enacted"),
        "berlaku": LocalizedText(id: "Berlaku", en: "In force"),
        "dicabut": LocalizedText(id: "Dicabut", en: "Revoked"),
    ]

    private static let profiles: [String: LocalizedText] = [
        "nasional": LocalizedText(id: "Nasional", en: "National"),
        "instansi-pusat": LocalizedText(id: "Instansi pusat", en: "Central agency"),
        "pemda": LocalizedText(id: "Pemerintah daerah", en: "Regional government"),
        "perkada": LocalizedText(id: "Peraturan kepala daerah", en: "Regional head regulation"),
        "unknown": LocalizedText(id: "Tidak diketahui", en: "Unknown"),
    ]
}

/// Dates as people write them: "2 Oktober 2019" in Indonesian, "2 October 2019" in English.
enum ReportDate {
    /// An ISO `yyyy-MM-dd` date in words, or the text as given when it is not one.
    static func text(iso: String, in language: Language) -> String {
        CalendarDate(iso: iso).map { $0.spelled(in: language) } ?? iso
    }
}
