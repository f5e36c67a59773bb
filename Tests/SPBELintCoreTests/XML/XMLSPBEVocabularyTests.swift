import Testing
@testable import SPBELintCore

@Suite("XML: dokumen-spbe vocabulary")
struct XMLSPBEVocabularyTests {
    @Test func metadataFieldsWithPositions() throws {
        let document = try XMLTestSupport.parseFixture("rencana-induk.xml")
        #expect(document.format == .xml)
        #expect(document.diagnostics.isEmpty)
        let metadata = document.metadata
        #expect(metadata.position == SourcePosition(line: 4, column: 3))
        #expect(metadata.title == "Rencana Induk SPBE Kabupaten Contoh 2025-2029")
        #expect(metadata.kind == "rencana-induk")
        #expect(metadata.level == "kabupaten")
        #expect(metadata.status == "rancangan")
        #expect(metadata.period == Period(start: 2025, end: 2029))
        #expect(metadata.profile == .pemda)
        #expect(metadata["penetapan"]?.value == "Peraturan Bupati Contoh Nomor 12 Tahun 2025")
        #expect(metadata["tanggal-penetapan"]?.value == "2025-03-01")
        #expect(metadata["tanggal-penetapan"]?.position == SourcePosition(line: 12, column: 5))
        #expect(metadata["instansi"]?.position == SourcePosition(line: 7, column: 5))
    }

    @Test func nestedSectionsWithLevelsAndNumbering() throws {
        let document = try XMLTestSupport.parseFixture("rencana-induk.xml")
        #expect(document.sections.map(\.rawHeading) == [
            "BAB I PENDAHULUAN", "1.1 Latar Belakang", "1.1.1 Dasar Hukum", "1.2 Maksud dan Tujuan",
            "BAB II ARSITEKTUR SPBE",
        ])
        #expect(document.sections.map(\.level) == [1, 2, 3, 2, 1])
        #expect(document.sections.map(\.numbering) == ["BAB I", "1.1", "1.1.1", "1.2", "BAB II"])
        #expect(document.sections.map(\.title) == [
            "PENDAHULUAN", "Latar Belakang", "Dasar Hukum", "Maksud dan Tujuan", "ARSITEKTUR SPBE",
        ])
        #expect(document.sections.map(\.parent) == [nil, 0, 1, 0, nil])
        #expect(document.sections[0].children == [1, 3])
        #expect(document.sections[0].position == SourcePosition(line: 14, column: 3))
        #expect(document.sections[2].position == SourcePosition(line: 23, column: 7))
        #expect(document.preamble.isEmpty)
    }

    @Test func paragraphsListsAndComments() throws {
        let document = try XMLTestSupport.parseFixture("rencana-induk.xml")
        let intro = try #require(document.sections[0].blocks.first)
        #expect(intro.kind == .paragraph)
        #expect(intro.text == "Rencana Induk SPBE disusun\nuntuk periode lima tahun.")
        #expect(intro.position == SourcePosition(line: 16, column: 5))

        let blocks = document.sections[1].blocks
        #expect(blocks.map(\.kind) == [.paragraph, .list])
        let list = blocks[1]
        #expect(list.text == "Perpres 95/2018\nPerpres 132/2022")
        #expect(list.items.map(\.text) == ["Perpres 95/2018", "Perpres 132/2022"])
        #expect(list.items.map(\.position) == [SourcePosition(line: 22, column: 15), SourcePosition(line: 22, column: 45)])
        #expect(list.position == SourcePosition(line: 22, column: 7))

        #expect(document.comments.map(\.text) == ["Contoh Rencana Induk SPBE", "TODO: lengkapi dasar hukum"])
        #expect(document.comments.map(\.position) == [SourcePosition(line: 2, column: 1), SourcePosition(line: 20, column: 7)])
    }

    @Test func tableHeaderAndRows() throws {
        let document = try XMLTestSupport.parseFixture("rencana-induk.xml")
        let block = try #require(document.section("1.2 Maksud dan Tujuan")?.blocks.first)
        #expect(block.kind == .table)
        let table = try #require(block.table)
        #expect(table.header.map(\.text) == ["Tahun", "Program"])
        #expect(table.rows.map { $0.map(\.text) } == [["2025", "Pusat Data"], ["2026", "Aplikasi Umum"]])
        #expect(table.header[1].position == SourcePosition(line: 31, column: 33))
        #expect(table.rows[1][1].position == SourcePosition(line: 33, column: 31))
        #expect(block.text == "Tahun\tProgram\n2025\tPusat Data\n2026\tAplikasi Umum")
        #expect(block.position == SourcePosition(line: 30, column: 7))
    }

    @Test func columnsCountCharactersAfterMultibyteText() throws {
        let document = try XMLTestSupport.parseFixture("rencana-induk.xml")
        let blocks = try #require(document.section("BAB II ARSITEKTUR SPBE")?.blocks)
        #expect(blocks.map(\.text) == ["Ringkasan — “arsitektur” é", "Kedua."])
        #expect(blocks.map(\.position) == [SourcePosition(line: 39, column: 5), SourcePosition(line: 39, column: 52)])
    }

    @Test func sectionWithoutNumberAndInlineMarkup() throws {
        let text = """
        <dokumen xmlns="urn:spbelint:dokumen-spbe:1"><bagian><judul>Kata Pengantar</judul>
        <paragraf>Teks <tebal>tebal</tebal> dan <tautan href="https://example.id">tautan</tautan>.</paragraf>
        </bagian></dokumen>
        """
        let document = try XMLTestSupport.parse(text)
        #expect(document.sections.map(\.rawHeading) == ["Kata Pengantar"])
        #expect(document.sections[0].numbering == nil)
        #expect(document.sections[0].blocks.map(\.text) == ["Teks tebal dan tautan."])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func parsesWithoutSchema() throws {
        let parser = XMLDocumentParser(schemaURL: nil)
        let document = try parser.parse(text: try XMLTestSupport.fixture("skema-salah.xml"), path: "x.xml")
        #expect(document.diagnostics.isEmpty)
        #expect(document.sections.count == 1)
    }

    @Test func defaultInitFindsTheSchema() throws {
        let parser = XMLDocumentParser()
        #expect(parser.schemaURL?.lastPathComponent == "dokumen-spbe.xsd")
    }
}
