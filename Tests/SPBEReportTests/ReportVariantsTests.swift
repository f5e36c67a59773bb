import Foundation
import SPBELintCore
import Testing
@testable import SPBEReport

@Suite("Gap report: languages, Markdown, versions, several documents, index")
struct ReportVariantsTests {
    @Test("all text follows the language")
    func language() throws {
        let english = HTMLReportRenderer().render(try ReportFixture.report([ReportFixture.draft], language: .en))
        #expect(english.contains("<html lang=\"en\">"))
        // The draft's gaps are evaluation criteria and good practice: no obligation is unmet (legal force).
        for text in ["SPBE Gap Report", "Ready for enactment, with notes", "Requirement coverage matrix", "Next: unmet evaluation criteria and good practice",
                     "The SPBE Roadmap does not cover ICT audit (Audit TIK);", "Evaluation indicators at risk", "ICT audit", "SPBE master plan",
                     "30 June 2025"] {
            #expect(english.contains(text), "missing: \(text)")
        }
        for text in ["Ringkasan", "Matriks cakupan", "kewajiban belum", "belum memuat Audit TIK", "Terpenuhi", "Rencana Induk SPBE\n", "Juni"] {
            #expect(!english.contains(text), "Indonesian left in the English report: \(text)")
        }
        let indonesian = HTMLReportRenderer().render(try ReportFixture.report([ReportFixture.draft], language: .id))
        #expect(indonesian.contains("Laporan Kesenjangan SPBE") && indonesian.contains("Siap ditetapkan dengan catatan"))
        #expect(indonesian.contains("pada 30 Juni 2025"))
        #expect(!indonesian.contains("Summary") && !indonesian.contains("Not ready"))
    }

    @Test("Markdown carries the summary, matrix, findings with what to add, and risks")
    func markdown() throws {
        let report = try ReportFixture.report([ReportFixture.draft])
        let md = MarkdownReportRenderer().render(report)
        #expect(md.hasPrefix("# Laporan Kesenjangan SPBE\n"))
        #expect(md.contains("## Rencana Induk SPBE Kota Contoh Tahun 2025-2029"))
        let document = report.documents[0]
        let obligations = document.obligations
        #expect(obligations.notMet == 0, "the draft's gaps are not obligations")
        #expect(md.contains("> **Putusan: Siap ditetapkan dengan catatan**."))
        #expect(md.contains("| Kewajiban | \(obligations.applicable) | \(obligations.notMet) | \(obligations.met) | \(obligations.withoutEvidence) |"))
        #expect(md.contains("| Audit TIK | 0% |"))
        #expect(md.contains("### Matriks cakupan persyaratan"))
        #expect(md.contains("✓ Terpenuhi | 5.4 Domain Arsitektur Aplikasi SPBE (baris 221): \u{201C}5.4 Domain Arsitektur Aplikasi SPBE: Referensi"))
        #expect(md.contains("\u{201D} | `arsitektur-domain-aplikasi` |"))
        for finding in report.documents[0].findings {
            #expect(md.contains(MarkdownText.escape(finding.message.id)))
        }
        #expect(md.contains("#### Berikutnya: kriteria evaluasi dan praktik baik yang belum dipenuhi"))
        #expect(md.contains("### Indikator evaluasi yang berisiko"))
        #expect(!md.contains("<svg"))
        let english = MarkdownReportRenderer().render(try ReportFixture.report([ReportFixture.draft], language: .en))
        #expect(english.contains("# SPBE Gap Report") && english.contains("#### Next: unmet evaluation criteria and good practice"))
    }

    @Test("two versions of the same plan: what improved and what regressed")
    func versions() throws {
        let revised = try ReportFixture.revisedDraft()
        let report = try ReportFixture.report([ReportFixture.draft, revised])
        let comparison = try #require(report.comparisons.first)
        #expect(report.comparisons.count == 1)
        #expect(comparison.older.path == ReportFixture.draft && comparison.newer.path == revised)
        #expect(comparison.improved.map(\.ruleId).contains("peta-rencana-audit-tik"))
        #expect(comparison.regressed.map(\.ruleId) == ["arsitektur-domain-aplikasi"])
        #expect(comparison.unchangedCount + comparison.improved.count + comparison.regressed.count == comparison.changes.count)
        let html = HTMLReportRenderer().render(report)
        let xml = try #require(XMLStructure.parse(html))
        #expect(xml.text.contains("Perubahan antarversi"))
        #expect(xml.text.contains("▲ Membaik") && xml.text.contains("▼ Memburuk"))
        let md = MarkdownReportRenderer().render(report)
        #expect(md.contains("## Perubahan antarversi") && md.contains("▼ Memburuk"))

        let explicit = try ReportFixture.report([ReportFixture.draft, revised], compare: (older: revised, newer: ReportFixture.draft))
        #expect(explicit.comparisons.first?.improved.map(\.ruleId) == ["arsitektur-domain-aplikasi"])
        #expect(explicit.comparisons.first?.regressed.map(\.ruleId).contains("peta-rencana-audit-tik") == true)
    }

    @Test("several documents: a comparison table of documents × areas")
    func comparisonTable() throws {
        let report = try ReportFixture.report([ReportFixture.draft, ReportFixture.complete])
        #expect(report.comparisons.isEmpty, "different plans are not versions of each other")
        let xml = try #require(XMLStructure.parse(HTMLReportRenderer().render(report)))
        let table = try #require(xml.named("table").first { $0.attributes["class"] == "comparison" })
        for area in report.areas { #expect(table.text.contains(AreaNames.name(area, in: .id))) }
        for document in report.documents { #expect(table.text.contains("\(document.coverage.percent ?? -1)%")) }
        #expect(xml.named("section").filter { $0.attributes["class"] == "document unfolded" }.count == 2)
    }

    @Test("--index data: a radar of the eight aspects and the self-assessed level next to each risk")
    func radar() throws {
        let report = try ReportFixture.report([ReportFixture.draft], index: [ReportFixture.index2023, ReportFixture.index2024])
        let html = HTMLReportRenderer().render(report)
        let xml = try #require(XMLStructure.parse(html))
        let radar = try #require(xml.named("svg").first { $0.attributes["class"]?.contains("radar-chart") == true })
        #expect(radar.text.contains("Kebijakan Internal Tata Kelola SPBE") && radar.text.contains("Pelaksanaan Audit TIK"))
        let series = xml.named("polygon").filter { $0.attributes["class"]?.hasPrefix("series") == true }
        #expect(series.count == 2)
        #expect(series.allSatisfy { ($0.attributes["points"] ?? "").split(separator: " ").count == 8 })
        #expect(xml.text.contains("Pemerintah Kota Contoh 2024"))
        #expect(xml.text.contains("Level penilaian mandiri"))
        let md = MarkdownReportRenderer().render(report)
        #expect(md.contains("## Penilaian mandiri Indeks SPBE") && md.contains("| 1. Kebijakan Internal Tata Kelola SPBE |"))
        let english = HTMLReportRenderer().render(try ReportFixture.report([ReportFixture.draft], language: .en, index: [ReportFixture.index2024]))
        #expect(english.contains("Internal SPBE governance policy"))
    }
}
