/// Common non-standard Indonesian spellings mapped to the standard (KBBI) form before stemming,
/// so that "resiko" meets "risiko" and "analisa" meets "analisis".
public enum IndonesianSpelling {
    /// Variant → standard spelling, for folded (lower-case) words.
    public static let variants: [String: String] = [
        "resiko": "risiko", "beresiko": "berisiko",
        "analisa": "analisis", "menganalisa": "menganalisis",
        "sistim": "sistem", "tehnologi": "teknologi", "tehnis": "teknis", "tekhnologi": "teknologi",
        "aktifitas": "aktivitas", "efektifitas": "efektivitas", "produktifitas": "produktivitas",
        "kwalitas": "kualitas", "kwantitas": "kuantitas", "praktek": "praktik",
        "obyek": "objek", "subyek": "subjek", "propinsi": "provinsi", "jadual": "jadwal", "ijin": "izin",
        "standarisasi": "standardisasi", "kordinasi": "koordinasi", "koordinir": "koordinasi",
        "managemen": "manajemen", "manajement": "manajemen", "menejemen": "manajemen",
        "implemetasi": "implementasi", "implementsi": "implementasi",
        "sekertaris": "sekretaris", "nasehat": "nasihat",
        "apotik": "apotek", "karir": "karier",
        "reviuw": "reviu", "review": "reviu", "mereview": "mereviu", "direview": "direviu",
    ]

    /// The standard spelling of a folded word (the word itself when it has no known variant).
    @inline(__always)
    public static func standard(_ word: String) -> String { variants[word] ?? word }
}
