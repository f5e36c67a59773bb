import Foundation
import Testing
@testable import SPBELintCore

@Suite("Markdown parser")
struct MarkdownDocumentParserTests {
    let parser = MarkdownDocumentParser()

    let sample = """
        ---
        judul: Rencana Induk SPBE Kota Contoh 2025-2029
        tingkat: kota
        periode: 2025-2029
        ---

        # BAB I PENDAHULUAN

        Paragraf pembuka.

        ## 1.1 Latar Belakang

        - butir satu
        - butir dua

        # BAB VI PETA RENCANA SPBE

        | Tahun | Kegiatan | OPD |
        |---|---|---|
        | 2025 | Tata kelola | Diskominfo |

        <!-- spbelint: catatan -->
        """

    @Test("front matter becomes metadata with file positions; profile and period derive from it")
    func frontMatter() throws {
        let document = try parser.parse(text: sample, path: "a.md")
        #expect(document.metadata.title == "Rencana Induk SPBE Kota Contoh 2025-2029")
        #expect(document.metadata["tingkat"]?.position == SourcePosition(line: 3, column: 1))
        #expect(document.metadata.period == Period(start: 2025, end: 2029))
        #expect(document.profile == .pemda)
    }

    @Test("headings become a section tree with numbering, levels and positions")
    func sections() throws {
        let document = try parser.parse(text: sample, path: "a.md")
        #expect(document.sections.map(\.title) == ["PENDAHULUAN", "Latar Belakang", "PETA RENCANA SPBE"])
        #expect(document.sections.map(\.numbering) == ["BAB I", "1.1", "BAB VI"])
        #expect(document.sections.map(\.level) == [1, 2, 1])
        #expect(document.sections[1].parent == 0)
        #expect(document.sections[2].parent == nil)
        #expect(document.sections[0].position == SourcePosition(line: 7, column: 1))
        #expect(document.sections[1].blocks.first?.kind == .list)
        #expect(document.sections[1].blocks.first?.items.map(\.text) == ["butir satu", "butir dua"])
    }

    @Test("GFM tables keep header and body cells with positions; comments are kept apart")
    func tables() throws {
        let document = try parser.parse(text: sample, path: "a.md")
        let table = try #require(document.sections[2].blocks.compactMap(\.table).first)
        #expect(table.header.map(\.text) == ["Tahun", "Kegiatan", "OPD"])
        #expect(table.rows.first?.map(\.text) == ["2025", "Tata kelola", "Diskominfo"])
        #expect(table.position.line == 18)
        #expect(table.rows[0][1].position == SourcePosition(line: 20, column: 9))
        #expect(document.comments.map(\.text) == ["<!-- spbelint: catatan -->"])
    }

    @Test("columns count characters, not bytes")
    func characterColumns() throws {
        let document = try parser.parse(text: "Paragraf — awal.\n\n| Ä | Ö |\n|---|---|\n| é | ü |\n", path: "b.md")
        let table = try #require(document.preamble.compactMap(\.table).first)
        #expect(table.rows[0][1].position == SourcePosition(line: 5, column: 6))
    }

    @Test("malformed front matter is an input problem at its line")
    func badFrontMatter() {
        #expect(throws: InputProblem.self) { try parser.parse(text: "---\njudul: [tidak ditutup\n---\n# A\n", path: "c.md") }
        do {
            _ = try parser.parse(text: "---\njudul: a\n  x: : b\n---\n", path: "c.md")
            Issue.record("expected a problem")
        } catch {
            #expect(error.position.line >= 2)
        }
        do {
            _ = try parser.parse(text: "---\njudul: a\n", path: "d.md")
            Issue.record("expected a problem")
        } catch {
            #expect(error.message.contains("tidak ditutup"))
        }
    }

    @Test("headings split into numbering and title; long forms fold to SPBE")
    func headingText() {
        #expect(HeadingText.split("BAB IV ARSITEKTUR SPBE").numbering == "BAB IV")
        #expect(HeadingText.split("4.2. Strategi").title == "Strategi")
        #expect(HeadingText.split("Pasal 5").numbering == "Pasal 5")
        #expect(HeadingText.split("Visi dan Misi").numbering == nil)
        #expect(HeadingText.normalized("BAB V Arsitektur Sistem Pemerintahan Berbasis Elektronik") == ["arsitektur", "spbe"])
        #expect(TextFolding.words(of: "Peraturan Presiden Nomor 95 Tahun 2018") == ["perpres", "nomor", "95", "tahun", "2018"])
    }

    @Test("placeholders are recognised, real text is not")
    func placeholders() {
        #expect(Placeholder.isPlaceholder("TBD"))
        #expect(Placeholder.isPlaceholder("[isi visi di sini]"))
        #expect(Placeholder.isPlaceholder("Bagian ini akan dilengkapi kemudian."))
        #expect(Placeholder.isPlaceholder("Lorem ipsum dolor sit amet"))
        #expect(!Placeholder.isPlaceholder("Terwujudnya pemerintahan digital yang melayani."))
    }
}
