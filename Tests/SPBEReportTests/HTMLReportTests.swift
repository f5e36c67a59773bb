import Foundation
import SPBELintCore
import Testing
@testable import SPBEReport

@Suite("HTML gap report")
struct HTMLReportTests {
    let report: GapReport

    init() throws {
        report = try ReportFixture.report([ReportFixture.draft])
    }

    @Test("the report is well-formed, semantic HTML with the report's language")
    func structure() throws {
        let html = HTMLReportRenderer().render(report)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        let xml = try #require(XMLStructure.parse(html), "the HTML must parse as XML")
        for name in ["head", "title", "style", "header", "main", "section", "table", "caption", "thead", "tbody", "footer", "figure", "figcaption"] {
            #expect(!xml.named(name).isEmpty, "missing <\(name)>")
        }
        let headerCells = xml.named("th")
        #expect(!headerCells.isEmpty && headerCells.allSatisfy { $0.attributes["scope"] != nil }, "every th has a scope")
        #expect(xml.named("table").count == xml.named("caption").count, "every table has a caption")
    }

    @Test("self-contained: no script, nothing from the network, only in-page links")
    func selfContained() throws {
        let html = HTMLReportRenderer().render(report)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        let xml = try #require(XMLStructure.parse(html))
        #expect(xml.elements.allSatisfy { $0.attributes["src"] == nil }, "no external resources")
        #expect(xml.named("a").allSatisfy { $0.attributes["href"]?.hasPrefix("#") == true }, "links stay in the page")
        #expect(html.contains("@page { size: A4;") && html.contains("@media print"))
    }

    @Test("every finding's message appears in the row of its requirement, and every unmet obligation is listed first")
    func findings() throws {
        let html = HTMLReportRenderer().render(report)
        let xml = try #require(XMLStructure.parse(html))
        let document = try #require(report.documents.first)
        #expect(!document.findings.isEmpty)
        let rows = xml.named("tr").map(\.text)
        for finding in document.findings {
            #expect(rows.contains { $0.contains(finding.message.id) && $0.contains(finding.ruleId) }, "missing: \(finding.message.id)")
        }
        let must = try #require(xml.named("ol").first { $0.attributes["class"] == "priorities" })
        for requirement in document.unmet where requirement.tier == .kewajiban {
            #expect(must.text.contains(requirement.requirement.id))
        }
        #expect(xml.text.contains("Peta Rencana SPBE belum memuat Audit TIK;"))
    }

    @Test("the coverage matrix has a row for every area, with the section that meets each requirement")
    func matrix() throws {
        let xml = try #require(XMLStructure.parse(HTMLReportRenderer().render(report)))
        let groups = xml.named("th").filter { $0.attributes["scope"] == "rowgroup" }.map(\.text)
        let document = try #require(report.documents.first)
        #expect(groups.count == document.coverage.areas.count)
        for area in document.coverage.areas {
            #expect(groups.contains { $0.hasPrefix(AreaNames.name(area.area, in: .id) + ": ") }, "no row for \(area.area)")
        }
        #expect(xml.text.contains("Audit TIK: 0%"))
        #expect(xml.text.contains("5.4 Domain Arsitektur Aplikasi SPBE (baris 221)"))
        #expect(xml.text.contains("(belum terkonfirmasi)") && !xml.text.contains("(terkonfirmasi)"))
        #expect(xml.named("tr").count > document.coverage.requirements.count)
    }

    @Test("the coverage chart is inline SVG with a title and one bar per area with a percentage")
    func chart() throws {
        let xml = try #require(XMLStructure.parse(HTMLReportRenderer().render(report)))
        let svg = try #require(xml.named("svg").first)
        #expect(svg.attributes["role"] == "img")
        #expect(svg.text.contains("Cakupan per area"))
        let document = try #require(report.documents.first)
        let withPercent = document.coverage.areas.filter { ($0.percent ?? 0) > 0 }.count
        let tracks = xml.named("rect").filter { $0.attributes["class"]?.hasPrefix("track") == true }
        #expect(tracks.count == document.coverage.areas.filter { $0.percent != nil }.count, "every bar has its outline, 0% too")
        #expect(tracks.filter { $0.attributes["class"] == "track empty" }.count == document.coverage.areas.filter { $0.percent == 0 }.count)
        #expect(xml.named("rect").count - tracks.count == withPercent)
        let description = try #require(xml.named("desc").first).text
        #expect(description.contains("Audit TIK: 0% (0 dari 1 persyaratan terpenuhi dengan bukti)."))
    }

    @Test("indicators at risk come from SPBEIndex, with the level the document supports")
    func risks() throws {
        let xml = try #require(XMLStructure.parse(HTMLReportRenderer().render(report)))
        #expect(xml.text.contains("Indikator evaluasi yang berisiko"))
        #expect(xml.text.contains("11. Tingkat Kematangan Arsitektur SPBE"))
        let document = try #require(report.documents.first)
        #expect(document.risks.contains { $0.indicator.number == 12 && $0.cap == 2 })
    }

    @Test("document text is escaped")
    func escaping() throws {
        let path = try ReportFixture.temporaryDocument("""
            ---
            judul: "Rencana <script>alert('x')</script> & Co"
            jenis: rencana-induk
            instansi: Pemerintah Kota <b>Contoh</b>
            tingkat: kota
            periode: 2025-2029
            ---

            # BAB I <img src=x onerror=alert(1)>

            Teks.
            """)
        let html = HTMLReportRenderer().render(try ReportFixture.report([path]))
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>Contoh"))
        #expect(html.contains("Rencana &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"))
        let xml = try #require(XMLStructure.parse(html))
        #expect(xml.named("script").isEmpty && xml.named("img").isEmpty)
    }
}
