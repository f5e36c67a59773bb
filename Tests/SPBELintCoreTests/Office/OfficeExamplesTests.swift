import Foundation
import Testing
@testable import SPBELintCore

@Suite("Word and OpenDocument examples lint like their Markdown sources")
struct OfficeExamplesTests {
    static let fixtures = Repository.root.appendingPathComponent("Tests/SPBELintCoreTests/Office/Fixtures")
    let linter = Linter(rules: try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules))

    func findings(_ url: URL) throws -> [Finding] {
        linter.lint(try DocumentLoader().load(path: url.path).get())
    }

    /// What a finding says, without where: rule, severity and message.
    func said(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.ruleId) \($0.severity.rawValue) \($0.message.id)" }.sorted()
    }

    @Test("Examples/kota-contoh-draf.docx yields the Markdown draft's findings, at its headings' paragraphs")
    func draft() throws {
        let markdown = try findings(Repository.examples.appendingPathComponent("kota-contoh-draf.md"))
        let word = try findings(Repository.examples.appendingPathComponent("kota-contoh-draf.docx"))
        #expect(said(word) == said(markdown))
        #expect(said(word).count == 3)
        let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent("kota-contoh-draf.docx").path).get()
        for finding in word {
            let paragraph = try #require(finding.position.paragraph)
            let section = try #require(document.sections.first { $0.position.paragraph == paragraph })
            #expect(section.rawHeading.hasPrefix("BAB "), "\(finding.ruleId) points at a chapter heading")
            #expect(finding.headingPath == [section.rawHeading])
        }
        #expect(document.sections.map(\.rawHeading).contains("5.4 Domain Arsitektur Aplikasi SPBE"),
                "numbering from numbering.xml comes back as in the Markdown")
        #expect(document.sections.count == 33)
    }

    @Test("generated fixtures (Indonesian, derived, outline and no heading styles; a paragraph per printed line; OpenDocument) lint like their sources", arguments: [
        ("kota-contoh-draf-tanpa-gaya.docx", "kota-contoh-draf.md"),
        ("kota-contoh-draf-per-baris.docx", "kota-contoh-draf.md"),
        ("kota-contoh-draf.odt", "kota-contoh-draf.md"),
        ("kota-contoh-arsitektur-spbe.docx", "kota-contoh-arsitektur-spbe.md"),
        ("kementerian-contoh-rencana-induk.docx", "kementerian-contoh-rencana-induk.md"),
        ("kabupaten-sukamaju-peta-rencana.docx", "kabupaten-sukamaju-peta-rencana.md"),
        ("perwali-kota-contoh-draf-bermasalah.odt", "perwali-kota-contoh-draf-bermasalah.md"),
    ])
    func fixtures(_ office: String, _ markdown: String) throws {
        let expected = try findings(Repository.examples.appendingPathComponent(markdown))
        let got = try findings(Self.fixtures.appendingPathComponent(office))
        #expect(said(got) == said(expected))
        let source = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(markdown).path).get()
        let read = try DocumentLoader().load(path: Self.fixtures.appendingPathComponent(office).path).get()
        // Without heading styles the recovery reads the cover's "LAMPIRAN PERATURAN …" as the
        // Lampiran holding the plan, as it does for the same text saved as .txt.
        let headings = read.sections.map(\.rawHeading).filter { !$0.hasPrefix("LAMPIRAN") }
        #expect(headings == source.sections.map(\.rawHeading).filter { !$0.hasPrefix("LAMPIRAN") })
        if !office.contains("tanpa-gaya") && !office.contains("per-baris") {
            #expect(read.sections.map(\.level) == source.sections.map(\.level))
        }
    }
}

@Suite("Word positions and suppressions through a whole run")
struct OfficeRunTests {
    let rules = try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules)

    @Test("text, JSON and SARIF point at the paragraph and its heading path; Markdown output is unchanged")
    func reports() throws {
        let run = LintRun(linter: Linter(rules: rules))
        let result = run.run(paths: [Repository.examples.appendingPathComponent("kota-contoh-draf.docx").path,
                                     Repository.examples.appendingPathComponent("kota-contoh-draf.md").path])
        let text = TextReporter().render(result, language: .id)
        #expect(text.contains("kota-contoh-draf.docx:¶273 (BAB V ARSITEKTUR SPBE): warning: Arsitektur SPBE belum memuat"))
        #expect(text.contains("kota-contoh-draf.md:169:1: warning: Arsitektur SPBE belum memuat"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter().render(result, language: .en).utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let word = try #require(findings.first { ($0["path"] as? String)?.hasSuffix(".docx") == true && $0["ruleId"] as? String == "arsitektur-domain-keamanan" })
        #expect(word["paragraph"] as? Int == 273 && word["line"] as? Int == 273 && word["column"] as? Int == 1)
        #expect(word["headingPath"] as? [String] == ["BAB V ARSITEKTUR SPBE"])
        let markdown = try #require(findings.first { ($0["path"] as? String)?.hasSuffix(".md") == true })
        #expect(markdown["paragraph"] == nil && markdown["headingPath"] == nil)
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(result, language: .en).utf8)) as? [String: Any])
        let sarifRun = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let properties = try #require(sarifRun["properties"] as? [String: Any])
        #expect((properties["paragraphArtifacts"] as? [String])?.first?.hasSuffix("kota-contoh-draf.docx") == true)
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        let located = try #require(results.first { (($0["properties"] as? [String: Any])?["paragraph"] as? Int) == 273 })
        let region = (((located["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region?["startLine"] as? Int == 273)
    }

    @Test("a Word comment starting with spbelint-disable hides the finding of the paragraph it is anchored on",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func commentSuppression() throws {
        let source = try String(contentsOf: Repository.examples.appendingPathComponent("kota-contoh-draf.md"), encoding: .utf8)
            .replacingOccurrences(of: "\n# BAB VI PETA RENCANA SPBE\n",
                                  with: "\n<!-- spbelint-disable-next-block peta-rencana-audit-tik -- Audit TIK diatur dalam Perwali tersendiri -->\n# BAB VI PETA RENCANA SPBE\n")
            .replacingOccurrences(of: "\n# BAB I PENDAHULUAN\n",
                                  with: "\n<!-- spbelint-disable-section dasar-hukum -->\n# BAB I PENDAHULUAN\n")
        let folder = try OfficeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appendingPathComponent("draf.md")
        try source.write(to: markdown, atomically: true, encoding: .utf8)
        let script = Repository.root.appendingPathComponent("scripts/make-office-docs.py").path
        for output in ["draf.docx", "draf.odt"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = [script, markdown.path, folder.appendingPathComponent(output).path, "--numbered-headings"]
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
            let result = try LintRun(linter: Linter(rules: rules))
                .run(paths: [folder.appendingPathComponent(output).path], configuration: .none)
            let document = try #require(result.documents.first)
            let chapter = { (name: String) in document.sections.first { $0.rawHeading.hasPrefix(name) }?.position.paragraph }
            let roadmap = try #require(chapter("BAB VI "))
            let introduction = try #require(chapter("BAB I "))
            #expect(result.suppressed.map(\.finding.ruleId) == ["peta-rencana-audit-tik"], "\(output)")
            #expect(result.suppressed.first?.suppression.source.hasSuffix("\(output):\(roadmap)") == true)
            let ids = result.findings.map(\.ruleId)
            #expect(ids.contains("dasar-hukum"), "no reason: the finding stays")
            let noReason = try #require(result.findings.first { $0.ruleId == BuiltInChecks.suppressionWithoutReason })
            #expect(noReason.position.paragraph == introduction && noReason.headingPath == ["BAB I PENDAHULUAN"])
            #expect(ids.contains("arsitektur-domain-keamanan"))
        }
    }
}
