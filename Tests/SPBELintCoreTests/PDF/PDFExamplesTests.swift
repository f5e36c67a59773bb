import Foundation
import Testing
@testable import SPBELintCore

/// PDFs printed from the Markdown examples by `scripts/make-pdf.py` lint to the same findings as
/// their sources; only the positions differ (page and line in the page).
@Suite("PDF examples lint like their Markdown sources")
struct PDFExamplesTests {
    static let example = "perwali-kota-contoh-draf-bermasalah"
    static let python = "/usr/bin/python3"
    static var hasPython: Bool { FileManager.default.isExecutableFile(atPath: python) }
    let linter = Linter(rules: try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules))

    func findings(_ url: URL) throws -> [Finding] {
        linter.lint(try DocumentLoader().load(path: url.path).get())
    }

    /// What a finding says, without where: rule, severity and message, with the places a message
    /// names ("baris 466", "halaman 14 baris 12", "paragraf 9") blanked.
    static func said(_ findings: [Finding]) -> [String] {
        findings.map {
            let message = $0.message.id.replacingOccurrences(
                of: #"(halaman \d+ )?(baris|paragraf) \d+"#, with: "…", options: .regularExpression)
            return "\($0.ruleId) \($0.severity.rawValue) \(message)"
        }.sorted()
    }

    /// Runs `scripts/make-pdf.py SOURCE OUT`.
    static func makePDF(_ source: URL, _ output: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Repository.root.appendingPathComponent("scripts/make-pdf.py").path, source.path, output.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "make-pdf.py \(source.lastPathComponent)")
    }

    @Test("Examples/perwali-kota-contoh-draf-bermasalah.pdf yields the Markdown's findings, each on its page")
    func example() throws {
        let markdown = try findings(Repository.examples.appendingPathComponent("\(Self.example).md"))
        let pdfURL = Repository.examples.appendingPathComponent("\(Self.example).pdf")
        let pdf = try findings(pdfURL)
        #expect(Self.said(pdf) == Self.said(markdown))
        #expect(pdf.count == 5)
        for finding in pdf {
            let page = try #require(finding.position.page, "\(finding.ruleId) has a page")
            #expect(finding.position.location(in: pdfURL.path).hasPrefix("p\(page):L\(finding.position.line):"))
        }
        #expect(pdf.map { $0.position.page ?? 0 } == pdf.map { $0.position.page ?? 0 }.sorted(), "report order follows the pages")
        let document = try DocumentLoader().load(path: pdfURL.path).get()
        let source = try DocumentLoader().load(path: Repository.examples.appendingPathComponent("\(Self.example).md").path).get()
        #expect(document.sections.map(\.rawHeading) == source.sections.map(\.rawHeading))
        // Read from the text alone (a PDF has no front matter): a Perwali whose Lampiran is the plan.
        #expect(document.kind == "perkada" && document.metadata.enacts == "rencana-induk")
        let lampiran = try #require(document.parts.last)
        #expect(lampiran.role == "lampiran" && (lampiran.startPage ?? 0) > 1)
        #expect(IdentitySummary.line(for: document, language: .id).hasSuffix("Lampiran mulai halaman \(lampiran.startPage!) baris \(lampiran.startLine)"))
    }

    @Test("the committed PDF is what scripts/make-pdf.py makes of its source", .enabled(if: hasPython))
    func reproducible() throws {
        let folder = try OfficeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = folder.appendingPathComponent("contoh.pdf")
        try Self.makePDF(Repository.examples.appendingPathComponent("\(Self.example).md"), made)
        #expect(try Data(contentsOf: made) == Data(contentsOf: Repository.examples.appendingPathComponent("\(Self.example).pdf")))
    }

    @Test("every Markdown example printed to PDF lints to its findings", .enabled(if: hasPython), arguments: [
        "kota-contoh-draf", "kota-contoh-arsitektur-spbe", "kementerian-contoh-rencana-induk",
        "kabupaten-sukamaju-peta-rencana", "perwali-kota-contoh-rencana-induk-spbe",
    ])
    func printed(_ name: String) throws {
        let folder = try OfficeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Repository.examples.appendingPathComponent("\(name).md")
        let pdf = folder.appendingPathComponent("\(name).pdf")
        try Self.makePDF(source, pdf)
        let printed = try findings(pdf)
        #expect(Self.said(printed) == Self.said(try findings(source)))
        #expect(printed.allSatisfy { $0.position.page != nil })
    }
}
