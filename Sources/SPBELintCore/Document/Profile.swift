/// Which kind of government a document belongs to; rules apply per profile.
public enum Profile: String, Sendable, Codable, CaseIterable {
    case nasional
    case instansiPusat = "instansi-pusat"
    case pemda
    case perkada
    case unknown

    /// Derives the profile from a `tingkat` (level of government) or `profil` metadata value.
    public init(level: String?) {
        let value = (level ?? "").lowercased().trimmingCharacters(in: .whitespaces)
        switch value {
        case "nasional", "national": self = .nasional
        case "instansi-pusat", "instansi pusat", "kementerian", "lembaga", "kementerian/lembaga", "ministry", "agency":
            self = .instansiPusat
        case "pemda", "pemerintah daerah", "provinsi", "kabupaten", "kota", "kabupaten/kota", "regional":
            self = .pemda
        case "perkada": self = .perkada
        default: self = .unknown
        }
    }
}
