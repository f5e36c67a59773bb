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
    var comparisonCaption: String { t("Cakupan persyaratan per area (persen terpenuhi dengan bukti) untuk setiap dokumen", "Requirement coverage per area (percent met with evidence) for each document") }
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
    var metadata: String { t("Metadata dokumen", "Document metadata") }
    var citation: String { t("Rujukan", "Citation") }
    var confidence: String { t("keyakinan", "confidence") }
    var line: String { t("baris", "line") }
    var met: String { t("Terpenuhi", "Met") }
    var notMet: String { t("Belum dipenuhi", "Not met") }
    var notApplicable: String { t("Tidak berlaku", "Not applicable") }
    var areaTotals: String { t("terpenuhi %1, belum %2, tidak berlaku %3", "met %1, not met %2, not applicable %3") }

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
    var document: String { t("Dokumen", "Document") }


    func severityName(_ severity: String) -> String {
        switch severity {
        case "error": return t("berat", "error")
        case "warning": return t("sedang", "warning")
        default: return t("ringan", "info")
        }
    }

    /// "Kewajiban" / "Obligations": a tier as a heading or table row.
    func tierTitle(_ basis: LegalBasis) -> String {
        switch basis {
        case .kewajiban: return t("Kewajiban", "Obligations")
        case .kriteriaEvaluasi: return t("Kriteria evaluasi", "Evaluation criteria")
        case .praktikBaik: return t("Praktik baik", "Good practice")
        }
    }

    /// "kewajiban" / "obligation": a tier as a tag on one requirement.
    func tierTag(_ basis: LegalBasis) -> String { basis.name.text(in: language) }

    /// "3 dari 21 kewajiban belum dipenuhi", the headline of a document.
    func headline(_ obligations: TierCount) -> String {
        if obligations.applicable == 0 { return t("Tidak ada kewajiban yang berlaku untuk dokumen ini", "No obligation applies to this document") }
        if obligations.notMet == 0 {
            return t("Tidak ada dari \(obligations.applicable) kewajiban yang belum dipenuhi",
                     "None of the \(obligations.applicable) obligations is unmet")
        }
        return t("\(obligations.notMet) dari \(obligations.applicable) kewajiban belum dipenuhi",
                 "\(obligations.notMet) of \(obligations.applicable) obligations not met")
    }

    /// What the verdict means, in one sentence.
    func verdictNote(_ verdict: Verdict) -> String {
        switch verdict {
        case .notReady:
            return t("Kewajiban yang belum dipenuhi perlu ditulis sebelum dokumen ditetapkan.",
                     "The unmet obligations need writing before the document is enacted.")
        case .readyWithNotes:
            return t("Semua kewajiban terpenuhi; kriteria evaluasi atau praktik baik yang belum dipenuhi dapat menurunkan nilai evaluasi.",
                     "Every obligation is met; unmet evaluation criteria or good practice can lower the evaluation score.")
        case .ready: return t("Semua persyaratan yang berlaku terpenuhi.", "Every applicable requirement is met.")
        case .notAssessed:
            return t("Tidak ada kewajiban yang berlaku, sehingga kesiapan tidak dapat dinilai dari dokumen ini.",
                     "No obligation applies, so readiness cannot be judged from this document.")
        }
    }

    var verdict: String { t("Putusan", "Verdict") }
    var tier: String { t("Dasar", "Basis") }
    var applicable: String { t("Berlaku", "Apply") }
    var metWithEvidence: String { t("Terpenuhi (dengan bukti)", "Met (with evidence)") }
    var withoutEvidence: String { t("Tanpa temuan", "No problem found") }
    var withoutEvidenceNote: String {
        t("“Tanpa temuan”: pemeriksaan tidak menemukan masalah, tetapi tidak menunjuk bagian dokumen yang memenuhinya; tidak dihitung dalam cakupan.",
          "“No problem found”: the check found nothing wrong but points at no part of the document that meets it; not counted in coverage.")
    }
    var coverageNote: String {
        t("Cakupan = persyaratan terpenuhi dengan bukti ÷ (terpenuhi dengan bukti + belum dipenuhi).",
          "Coverage = requirements met with evidence ÷ (met with evidence + not met).")
    }
    var tiersCaption: String { t("Persyaratan yang berlaku menurut dasar hukumnya", "Applicable requirements by legal basis") }
    var ruleCode: String { t("Kode aturan", "Rule code") }
    var evidence: String { t("Bukti atau temuan", "Evidence or finding") }
    var mustWrite: String { t("Kewajiban yang perlu ditulis sebelum ditetapkan", "Obligations to write before enactment") }
    var shouldWrite: String { t("Berikutnya: kriteria evaluasi dan praktik baik yang belum dipenuhi", "Next: unmet evaluation criteria and good practice") }
    var andMore: String { t("dan %1 lainnya di matriks cakupan", "and %1 more in the coverage matrix") }
    var readingTitle: String { t("Masalah pembacaan dokumen", "Problems reading the document") }
    var enactmentDate: String { t("Tanggal penetapan", "Enactment date") }
    var level: String { t("Tingkat pemerintahan", "Level of government") }
    var version: String { t("Versi", "Version") }
    var sameForAll: String { t("Sama untuk semua dokumen", "Same for every document") }
    var summaryAllTitle: String { t("Ringkasan semua dokumen", "Summary of all documents") }
    var summaryAllCaption: String { t("Putusan dan kewajiban per dokumen", "Verdict and obligations per document") }
    var obligationsUnmet: String { t("Kewajiban belum dipenuhi", "Obligations not met") }
    var criteriaUnmet: String { t("Kriteria evaluasi belum dipenuhi", "Evaluation criteria not met") }
    var details: String { t("Rincian dokumen", "Document details") }
    var orderedBy: String { t("Urutan versi menurut", "Versions ordered by") }
    var changedOther: String { t("Berubah", "Changed") }
    var obligationsChange: String { t("Kewajiban belum dipenuhi", "Obligations not met") }
    var requirementsIndex: String { t("Daftar persyaratan dan rujukannya", "Requirements and their citations") }
    var page: String { t("Halaman", "Page") }
    var pageOf: String { t("dari", "of") }

    /// "3 dari 21" / "3 of 21".
    func outOf(_ part: Int, _ whole: Int) -> String { t("\(part) dari \(whole)", "\(part) of \(whole)") }

    var percentagePoints: String { t("poin persen", "percentage points") }

    /// "▲ 4 membaik, ▼ 1 memburuk, 2 berubah lainnya, 61 tidak berubah": adds up to every requirement compared.
    func changeHeadline(_ comparison: VersionComparison) -> String {
        let improved = comparison.improved.count, regressed = comparison.regressed.count
        let other = comparison.otherChanges.count, same = comparison.unchangedCount
        return t("▲ \(improved) membaik, ▼ \(regressed) memburuk, \(other) berubah lainnya, \(same) tidak berubah",
                 "▲ \(improved) improved, ▼ \(regressed) regressed, \(other) changed otherwise, \(same) unchanged")
    }

    /// "kota-contoh-draf.md: rancangan, 2 Oktober 2019, kewajiban belum dipenuhi 3 dari 21".
    func versionLine(_ document: DocumentGap) -> String {
        var parts = [document.path]
        if let status = document.status { parts.append(DocumentNames.status(status, in: language).lowercased()) }
        if let date = document.enactmentDate { parts.append(date.spelled(in: language)) }
        if let version = document.version { parts.append("\(self.version.lowercased()) \(version)") }
        parts.append(headline(document.obligations).lowercased())
        return parts.joined(separator: ", ")
    }

    /// "▲ Membaik" / "▼ Memburuk" / "• Berubah".
    func directionText(_ direction: RequirementChange.Direction) -> String {
        switch direction {
        case .improved: return "▲ " + improved
        case .regressed: return "▼ " + regressed
        case .changed: return "• " + changedOther
        case .unchanged: return t("tidak berubah", "unchanged")
        }
    }
    var nothingFound: String { t("Tidak ada masalah ditemukan", "No problem found") }
    /// "Juga belum dipenuhi: 9 kriteria evaluasi dan praktik baik (lihat matriks cakupan)."
    func alsoUnmet(_ count: Int) -> String {
        t("Juga belum dipenuhi: \(count) kriteria evaluasi dan praktik baik (lihat matriks cakupan).",
          "Also not met: \(count) evaluation criteria and good practices (see the coverage matrix).")
    }
    var identityEvidence: String { t("Identitas", "Identity") }
    var readFromText: String { t("dibaca dari teks", "read from the text") }
    var rootCauseElsewhere: String { t("Bagian induknya belum ada", "Its parent section is missing") }
    var moreFindings: String { t("dan %1 temuan lain", "and %1 more findings") }
    /// A finding hidden by an inline comment in the document, with its reason.
    func suppressed(_ reason: String?) -> String {
        guard let reason, !reason.isEmpty else { return t("Temuan disembunyikan", "Finding suppressed") }
        return t("Temuan disembunyikan dengan alasan: ", "Finding suppressed because: ") + reason
    }
    var noCountedRequirement: String { t("tidak ada persyaratan yang dihitung", "no requirement counted") }
    var chartCaptionNote: String {
        t("Setiap batang: persen persyaratan yang terpenuhi dengan bukti; batang kosong bergaris berarti 0%.",
          "Each bar: percent of requirements met with evidence; an empty outlined bar means 0%.")
    }

    /// "2 dari 3 persyaratan terpenuhi dengan bukti", for a bar's text alternative.
    func areaDetail(met: Int, counted: Int) -> String {
        t("\(met) dari \(counted) persyaratan terpenuhi dengan bukti", "\(met) of \(counted) requirements met with evidence")
    }

    /// "Tidak berlaku untuk dokumen ini: 3 persyaratan".
    func notApplicableLine(_ count: Int) -> String {
        t("Tidak berlaku untuk dokumen ini: \(count) persyaratan", "Not applicable to this document: \(count) requirement\(count == 1 ? "" : "s")")
    }

    /// "terpenuhi 2, belum 1, tanpa temuan 1, tidak berlaku 3" (zero counts left out, but for met and not met).
    func areaTotals(_ area: AreaCoverage) -> String {
        var parts = [t("terpenuhi \(area.met)", "met \(area.met)"), t("belum \(area.notMet)", "not met \(area.notMet)")]
        if area.withoutEvidence > 0 { parts.append(t("tanpa temuan \(area.withoutEvidence)", "no problem found \(area.withoutEvidence)")) }
        if area.notApplicable > 0 { parts.append(t("tidak berlaku \(area.notApplicable)", "not applicable \(area.notApplicable)")) }
        return parts.joined(separator: ", ")
    }

    func fill(_ template: String, _ values: Int...) -> String {
        var text = template
        for (number, value) in values.enumerated() { text = text.replacingOccurrences(of: "%\(number + 1)", with: String(value)) }
        return text
    }

    /// A state of a requirement in a comparison of versions.
    func stateName(_ state: RequirementState) -> String {
        switch state {
        case .met: return met
        case .notMet: return notMet
        case .withoutEvidence: return withoutEvidence
        case .notApplicable: return notApplicable
        case .absent: return absent
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
