import SPBELintCore

/// Every fixed text of a gap report, in the report's language.
public struct ReportStrings: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    var reportTitle: String { t("Laporan Kesenjangan SPBE", "SPBE Gap Report") }
    var subtitle: String {
        t("Seberapa jauh dokumen perencanaan dari Perpres 95/2018 dan kriteria evaluasi Permenpan RB 59/2020, dan apa yang perlu ditulis berikutnya.",
          "How far each planning document is from Perpres 95/2018 and the evaluation criteria of Permenpan RB 59/2020, and what to write next.")
    }
    var generatedBy: String { t("Dibuat oleh", "Made by") }
    var onDate: String { t("pada", "on") }
    var contents: String { t("Daftar isi", "Contents") }
    var comparisonTitle: String { t("Perbandingan dokumen", "Comparison of documents") }
    var comparisonCaption: String { t("Cakupan persyaratan per area (persen terpenuhi) untuk setiap dokumen", "Requirement coverage per area (percent met) for each document") }
    var versionsTitle: String { t("Perubahan antarversi", "Changes between versions") }
    var indexTitle: String { t("Penilaian mandiri Indeks SPBE", "SPBE Index self-assessment") }
    var problemsTitle: String { t("Masukan yang tidak dapat dibaca", "Inputs that could not be read") }

    var summary: String { t("Ringkasan", "Summary") }
    var path: String { t("Berkas", "File") }
    var institution: String { t("Instansi", "Institution") }
    var kind: String { t("Jenis dokumen", "Document kind") }
    var period: String { t("Periode", "Period") }
    var status: String { t("Status", "Status") }
    var profile: String { t("Profil", "Profile") }
    var errors: String { t("Error", "Errors") }
    var warnings: String { t("Peringatan", "Warnings") }
    var infos: String { t("Info", "Info") }
    var coverage: String { t("Cakupan", "Coverage") }
    var overallCoverage: String { t("Cakupan keseluruhan", "Overall coverage") }
    var priorities: String { t("Yang perlu ditulis berikutnya", "What to write next") }
    var noPriorities: String { t("Semua persyaratan yang berlaku sudah terpenuhi.", "Every applicable requirement is met.") }
    var chartTitle: String { t("Cakupan per area", "Coverage by area") }
    var chartDescription: String { t("Diagram batang: persen persyaratan yang terpenuhi di setiap area.", "Bar chart: percent of requirements met in each area.") }

    var matrixTitle: String { t("Matriks cakupan persyaratan", "Requirement coverage matrix") }
    var matrixCaption: String { t("Setiap persyaratan, statusnya, bagian yang memenuhinya, dan rujukannya", "Each requirement, its status, the section that meets it, and its citation") }
    var area: String { t("Area", "Area") }
    var requirement: String { t("Persyaratan", "Requirement") }
    var metBy: String { t("Dipenuhi oleh bagian", "Met by section") }
    var metadata: String { t("Metadata dokumen", "Document metadata") }
    var citation: String { t("Rujukan", "Citation") }
    var confidence: String { t("keyakinan", "confidence") }
    var line: String { t("baris", "line") }
    var met: String { t("Terpenuhi", "Met") }
    var notMet: String { t("Belum", "Not met") }
    var notApplicable: String { t("Tidak berlaku", "Not applicable") }
    var areaTotals: String { t("terpenuhi %1, belum %2, tidak berlaku %3", "met %1, not met %2, not applicable %3") }

    var findingsTitle: String { t("Temuan per area", "Findings by area") }
    var noFindings: String { t("Tidak ada temuan.", "No findings.") }
    var whatToAdd: String { t("Yang perlu ditambahkan", "What to add") }
    var location: String { t("Lokasi", "Location") }
    var indicators: String { t("Indikator", "Indicators") }

    var risksTitle: String { t("Indikator evaluasi yang berisiko", "Evaluation indicators at risk") }
    var risksCaption: String { t("Indikator yang diturunkan oleh kesenjangan dokumen ini", "Indicators this document's gaps lower") }
    var noRisks: String { t("Tidak ada indikator yang berisiko.", "No indicator is at risk.") }
    var indicator: String { t("Indikator", "Indicator") }
    var maxLevel: String { t("Level tertinggi yang didukung", "Highest level supported") }
    var noCap: String { t("tanpa batas", "no cap") }
    var selfAssessed: String { t("Level penilaian mandiri", "Self-assessed level") }
    var overCapNote: String {
        t("Level penilaian mandiri lebih tinggi daripada yang didukung dokumen ini: evaluator dapat menurunkannya sampai kesenjangan ditutup.",
          "The self-assessed level is higher than this document supports: an evaluator may lower it until the gap is closed.")
    }
    var pointsAtRisk: String { t("Poin indeks berisiko", "Index points at risk") }
    var findingsCount: String { t("Temuan", "Findings") }
    var severity: String { t("Tingkat", "Severity") }

    var before: String { t("Sebelum", "Before") }
    var after: String { t("Sesudah", "After") }
    var change: String { t("Perubahan", "Change") }
    var improved: String { t("Membaik", "Improved") }
    var regressed: String { t("Memburuk", "Regressed") }
    var absent: String { t("tidak ada", "absent") }
    var older: String { t("Versi lama", "Older version") }
    var newer: String { t("Versi baru", "Newer version") }
    var unchanged: String { t("persyaratan lain tidak berubah", "other requirements unchanged") }
    var noChanges: String { t("Tidak ada persyaratan yang berubah status.", "No requirement changed status.") }
    var changesCaption: String { t("Persyaratan yang berubah status", "Requirements whose status changed") }

    var radarTitle: String { t("Indeks per aspek", "Index by aspect") }
    var radarDescription: String { t("Diagram radar: indeks setiap aspek, skala 0 sampai 5.", "Radar chart: each aspect's index on a 0 to 5 scale.") }
    var aspect: String { t("Aspek", "Aspect") }
    var aspectsCaption: String { t("Indeks aspek per penilaian mandiri", "Aspect index per self-assessment") }
    var indexValue: String { t("Indeks SPBE", "SPBE Index") }
    var predicate: String { t("Predikat", "Rating") }
    var target: String { t("Target", "Target") }
    var total: String { t("Total", "Total") }
    var document: String { t("Dokumen", "Document") }

    func statusName(_ status: RequirementStatus) -> String {
        switch status {
        case .met: return met
        case .notMet: return notMet
        case .notApplicable: return notApplicable
        }
    }

    func severityName(_ severity: String) -> String {
        switch severity {
        case "error": return t("error", "error")
        case "warning": return t("peringatan", "warning")
        default: return t("info", "info")
        }
    }

    func confidenceName(_ confidence: Confidence) -> String {
        switch confidence {
        case .confirmed: return t("terkonfirmasi", "confirmed")
        case .secondary: return t("sumber sekunder", "secondary source")
        case .unconfirmed: return t("belum terkonfirmasi", "unconfirmed")
        }
    }

    func areaTotals(met: Int, notMet: Int, notApplicable: Int) -> String {
        areaTotals.replacingOccurrences(of: "%1", with: String(met)).replacingOccurrences(of: "%2", with: String(notMet))
            .replacingOccurrences(of: "%3", with: String(notApplicable))
    }

    /// "2025–2029".
    func periodText(_ period: Period?) -> String {
        period.map { "\($0.start)–\($0.end)" } ?? "–"
    }

    func percentText(_ percent: Int?) -> String {
        percent.map { "\($0)%" } ?? t("t/a", "n/a")
    }
}
