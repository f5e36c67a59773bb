import SPBELintCore

/// Readable names of the output contract's areas, in Indonesian and English.
public enum AreaNames {
    /// "Arsitektur SPBE" / "SPBE architecture" for `arsitektur`.
    public static func name(_ area: Area, in language: Language) -> String {
        names[area]?.text(in: language) ?? area.rawValue
    }

    private static let names: [Area: LocalizedText] = [
        .dokumen: LocalizedText(id: "Identitas dokumen", en: "Document identity"),
        .dasarHukum: LocalizedText(id: "Dasar hukum", en: "Legal basis"),
        .visiMisi: LocalizedText(id: "Visi, misi, tujuan dan sasaran", en: "Vision, mission, goals and targets"),
        .arahKebijakan: LocalizedText(id: "Arah kebijakan dan strategi", en: "Policy direction and strategy"),
        .arsitektur: LocalizedText(id: "Arsitektur SPBE", en: "SPBE architecture"),
        .petaRencana: LocalizedText(id: "Peta Rencana SPBE", en: "SPBE roadmap"),
        .rencanaAnggaran: LocalizedText(id: "Rencana dan anggaran", en: "Planning and budget"),
        .prosesBisnis: LocalizedText(id: "Proses bisnis", en: "Business processes"),
        .dataInformasi: LocalizedText(id: "Data dan informasi", en: "Data and information"),
        .infrastruktur: LocalizedText(id: "Infrastruktur SPBE", en: "SPBE infrastructure"),
        .aplikasi: LocalizedText(id: "Aplikasi SPBE", en: "SPBE applications"),
        .keamanan: LocalizedText(id: "Keamanan SPBE", en: "SPBE security"),
        .layanan: LocalizedText(id: "Layanan SPBE", en: "SPBE services"),
        .manajemen: LocalizedText(id: "Manajemen SPBE", en: "SPBE management"),
        .auditTIK: LocalizedText(id: "Audit TIK", en: "ICT audit"),
        .penyelenggara: LocalizedText(id: "Penyelenggara SPBE", en: "SPBE organisers"),
        .pemantauanEvaluasi: LocalizedText(id: "Pemantauan dan evaluasi", en: "Monitoring and evaluation"),
    ]
}
