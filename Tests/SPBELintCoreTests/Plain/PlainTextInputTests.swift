import Foundation
import Testing
@testable import SPBELintCore

@Suite("Plain text and PDF input")
struct PlainTextInputTests {
    func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Four pages of a small Perkada with a running header and "Halaman N" footers.
    static let pages: [[String]] = (1...4).map { page in
        var lines = ["            Peraturan Bupati Contoh tentang SPBE", ""]
        switch page {
        case 1:
            lines += ["                 BUPATI CONTOH", "", "Menimbang : a. bahwa untuk melaksanakan Peraturan Presiden",
                      "               Nomor 95 Tahun 2018 perlu menetapkan Peraturan Bupati;",
                      "                     BAB I", "               KETENTUAN UMUM", "                     Pasal 1",
                      "Dalam Peraturan Bupati ini yang dimaksud dengan SPBE adalah", "penyelenggaraan pemerintahan berbasis elektronik."]
        case 2:
            lines += ["                     BAB II", "               RENCANA INDUK SPBE", "                     Pasal 2",
                      "(1) Rencana Induk SPBE disusun untuk 5 (lima) tahun.", "(2) Rencana Induk SPBE memuat:",
                      "    a. visi, misi, tujuan dan sasaran SPBE;", "    b. arah kebijakan SPBE;dan", "    c. peta rencana SPBE."]
        case 3:
            lines += ["                     Pasal 3", "Audit Teknologi Informasi dan Komunikasi dilaksanakan setiap 2 (dua) tahun."]
        default:
            lines += ["                     BAB III", "             KETENTUAN PENUTUP", "                     Pasal 4",
                      "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.", "", "Ditetapkan di Contoh",
                      "pada tanggal 2 Oktober 2022"]
        }
        return lines + ["", "                                            Halaman \(page)"]
    }

    @Test(".txt: form feeds are pages, running headers (but their first occurrence) and page numbers are dropped, positions carry the page")
    func plainText() throws {
        let text = Self.pages.map { $0.joined(separator: "\n") }.joined(separator: "\n\u{0C}")
        let path = try temporaryFile("perbup.txt", Data(text.utf8))
        let document = try DocumentLoader().load(path: path).get()
        #expect(document.format == .plainText)
        #expect(outline(document.sections) == ["BAB I KETENTUAN UMUM@1", "Pasal 1@2", "BAB II RENCANA INDUK SPBE@1",
                                               "Pasal 2@2", "Pasal 3@2", "BAB III KETENTUAN PENUTUP@1", "Pasal 4@2"])
        #expect(!document.allBlocks.contains { $0.text.contains("Halaman") })
        // The running header stays once, where it first appears (the title may be written only there).
        #expect(document.allBlocks.filter { $0.text.contains("Peraturan Bupati Contoh tentang SPBE") }.count == 1)
        let pasal3 = try #require(document.sections.first { $0.rawHeading == "Pasal 3" })
        #expect(pasal3.position.page == 3)
        #expect(pasal3.position.line == Self.pages[0].count + Self.pages[1].count + 3)
        #expect(pasal3.position.column == 22)
        let pasal = LegalStructure(document: document).pasal.first { $0.number == 2 }
        #expect(pasal?.ayat.last?.points.map(\.label) == ["a", "b", "c"])
    }

    @Test("folders give their PDFs but not their .txt files (requirements.txt is no plan); a named .txt is read")
    func folders() throws {
        let folder = URL(fileURLWithPath: try temporaryFile("rencana.pdf", PDFWriter.text(pages: Self.pages))).deletingLastPathComponent()
        try Data("Judul\n".utf8).write(to: folder.appendingPathComponent("requirements.txt"))
        let (files, problems) = InputCollector.collect([folder.path])
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["rencana.pdf"] && problems.isEmpty)
        let named = InputCollector.collect([folder.appendingPathComponent("requirements.txt").path])
        #expect(named.files.count == 1)
    }

    @Test(".txt that is not UTF-8 is refused like .md, with its position")
    func notUTF8() throws {
        let path = try temporaryFile("latin1.txt", Data([0x42, 0x41, 0x42, 0x0A, 0x41, 0xE9, 0x0A]))
        guard case .failure(let problem) = DocumentLoader().load(path: path) else { Issue.record("expected a problem"); return }
        #expect(problem.position == SourcePosition(line: 2, column: 2))
        #expect(problem.messageEN.contains("UTF-8"))
    }

    @Test("PDF: poppler's layout text goes through the same path; positions are page and line in page")
    func pdf() throws {
        let path = try temporaryFile("perbup.pdf", PDFWriter.text(pages: Self.pages))
        let document = try DocumentLoader().load(path: path).get()
        #expect(document.format == .pdf)
        #expect(outline(document.sections) == ["BAB I KETENTUAN UMUM@1", "Pasal 1@2", "BAB II RENCANA INDUK SPBE@1",
                                               "Pasal 2@2", "Pasal 3@2", "BAB III KETENTUAN PENUTUP@1", "Pasal 4@2"])
        let pasal3 = try #require(document.sections.first { $0.rawHeading == "Pasal 3" })
        #expect(pasal3.position.page == 3)
        #expect(pasal3.position.location(in: path).hasPrefix("p3:L"))
        #expect(!document.allBlocks.contains { $0.text.contains("Halaman") })
    }

    @Test("the PDF of a document lints to the same findings as its text")
    func pdfMatchesText() throws {
        let linter = Linter(rules: try RulePack.loadAll(from: Repository.rules).flatMap(\.rules))
        let text = Self.pages.map { $0.joined(separator: "\n") }.joined(separator: "\n\u{0C}")
        let fromText = try DocumentLoader().load(path: try temporaryFile("perbup.txt", Data(text.utf8))).get()
        let fromPDF = try DocumentLoader().load(path: try temporaryFile("perbup.pdf", PDFWriter.text(pages: Self.pages))).get()
        let textFindings = linter.lint(fromText).map { "\($0.ruleId): \($0.message.id)" }.sorted()
        let pdfFindings = linter.lint(fromPDF).map { "\($0.ruleId): \($0.message.id)" }.sorted()
        #expect(!textFindings.isEmpty)
        #expect(pdfFindings == textFindings)
    }

    @Test("a shipped example, saved as text and printed to PDF, lints the same from both", arguments: [
        "kota-contoh-draf.md", "perwali-kota-contoh-draf-bermasalah.md",
    ])
    func examplePDF(_ name: String) throws {
        let linter = Linter(rules: try RulePack.loadAll(from: Repository.rules).flatMap(\.rules))
        let markdown = try String(contentsOf: Repository.examples.appendingPathComponent(name), encoding: .utf8)
        let pages = PlainRendering.pages(ofMarkdown: markdown)
        let text = pages.map { $0.joined(separator: "\n") }.joined(separator: "\n\u{0C}")
        let fromText = try DocumentLoader().load(path: try temporaryFile("contoh.txt", Data(text.utf8))).get()
        let fromPDF = try DocumentLoader().load(path: try temporaryFile("contoh.pdf", PDFWriter.text(pages: pages, fontSize: 7))).get()
        #expect(outline(fromPDF.sections) == outline(fromText.sections))
        #expect(fromText.sections.filter { $0.rawHeading.hasPrefix("BAB ") }.count >= 5)
        let textFindings = linter.lint(fromText).map { "\($0.ruleId): \($0.message.id)" }.sorted()
        let pdfFindings = linter.lint(fromPDF).map { "\($0.ruleId): \($0.message.id)" }.sorted()
        #expect(pdfFindings == textFindings)
    }

    @Test("PDF without a text layer, encrypted, broken or not a PDF: a clear problem each")
    func badPDF() throws {
        func problem(_ data: Data) throws -> InputProblem? {
            if case .failure(let problem) = DocumentLoader().load(path: try temporaryFile("x.pdf", data)) { return problem }
            return nil
        }
        #expect(try problem(PDFWriter.scanned())?.messageEN.contains("no text layer; run OCR first") == true)
        #expect(try problem(PDFWriter.encrypted())?.messageEN.contains("Encrypted PDF") == true)
        #expect(try problem(Data("%PDF-1.4\nthis is not a PDF body\n".utf8))?.messageEN.contains("Broken PDF") == true)
        #expect(try problem(Data("# Judul\n".utf8))?.messageEN.contains("Not a PDF") == true)
    }

    @Test("Markdown without headings is recovered; the shipped examples, which have headings, are not")
    func markdownRecovery() throws {
        let markdown = "PERATURAN BUPATI CONTOH\n\nBAB I\nKETENTUAN UMUM\n\nPasal 1\n\nIsi pasal satu.\n\nBAB II\nPENUTUP\n\nPasal 2\n\nIsi pasal dua.\n"
        let document = try MarkdownDocumentParser().parse(text: markdown, path: "p.md")
        #expect(outline(document.sections) == ["BAB I KETENTUAN UMUM@1", "Pasal 1@2", "BAB II PENUTUP@1", "Pasal 2@2"])
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.examples.path).filter { $0.hasSuffix(".md") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: Repository.examples.appendingPathComponent(file), encoding: .utf8)
            let recovered: Bool? = CmarkParser.withDocument(text) { root in
                MarkdownRecovery.needed(CmarkNode(pointer: root).children, lineMap: LineMap(text: text))
            }
            #expect(recovered == false, "\(file)")
        }
    }
}
