import Testing
@testable import SPBELintCore

@Suite("XML: Akoma Ntoso 3.0")
struct XMLAkomaNtosoTests {
    @Test func metadataFromPrefaceAndFRBR() throws {
        let document = try XMLTestSupport.parseFixture("akoma-ntoso.xml")
        #expect(document.format == .akomaNtoso)
        #expect(document.diagnostics.isEmpty)
        #expect(document.metadata.kind == "regulasi")
        #expect(document.metadata.title == "TENTANG RENCANA INDUK SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK")
        #expect(document.metadata["judul"]?.position == SourcePosition(line: 21, column: 9))
        #expect(document.metadata["tanggal-penetapan"]?.value == "2025-03-01")
        #expect(document.metadata.institution == "Pemerintah Kabupaten Contoh")
        #expect(document.metadata.position == SourcePosition(line: 4, column: 5))
        #expect(document.preamble.first?.text.hasPrefix("PERATURAN BUPATI CONTOH NOMOR 12 TAHUN 2025") == true)
    }

    @Test func legalStructureBecomesSections() throws {
        let document = try XMLTestSupport.parseFixture("akoma-ntoso.xml")
        #expect(document.sections.map(\.rawHeading) == [
            "Menimbang", "Mengingat", "BAB I KETENTUAN UMUM", "Pasal 1", "Pasal 2", "(1)", "a.", "b.", "(2)",
            "BAB II KETENTUAN PENUTUP", "Pasal 3",
        ])
        #expect(document.sections.map(\.level) == [1, 1, 1, 2, 2, 3, 4, 4, 3, 1, 2])
        #expect(document.sections.map(\.numbering) == [
            nil, nil, "BAB I", "Pasal 1", "Pasal 2", "(1)", "a.", "b.", "(2)", "BAB II", "Pasal 3",
        ])
        #expect(document.section("BAB I KETENTUAN UMUM")?.title == "KETENTUAN UMUM")
        #expect(document.section("BAB I KETENTUAN UMUM")?.position == SourcePosition(line: 33, column: 7))
        #expect(document.section("Pasal 3")?.position == SourcePosition(line: 59, column: 9))
    }

    @Test func contentBecomesParagraphs() throws {
        let document = try XMLTestSupport.parseFixture("akoma-ntoso.xml")
        #expect(document.section("Menimbang")?.blocks.map(\.text) == ["a. bahwa untuk melaksanakan Pasal 41 Perpres 95/2018;"])
        #expect(document.section("Mengingat")?.blocks.map(\.text) == ["Peraturan Presiden Nomor 95 Tahun 2018;"])
        #expect(document.section("Pasal 1")?.blocks.map(\.kind) == [.paragraph])
        #expect(document.section("(1)")?.blocks.map(\.text) == ["Rencana Induk SPBE memuat:"])
        #expect(document.section("a.")?.blocks.map(\.text) == ["visi dan misi;"])
        #expect(document.preamble.last?.text == "Ditetapkan di Contoh")
    }
}
