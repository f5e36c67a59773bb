import Foundation
import Testing
@testable import SPBELintCore

@Suite("Word reader")
struct WordReaderTests {
    typealias F = OfficeFixture

    @Test("headings from English, Indonesian and derived styles and from outline levels")
    func headingStyles() throws {
        let styles = F.headingStyles
            + "<w:style w:type=\"paragraph\" w:styleId=\"Judul2\"><w:name w:val=\"Judul 2\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"BabKu\"><w:name w:val=\"Bab Saya\"/><w:basedOn w:val=\"Heading1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:name w:val=\"Loop\"/><w:basedOn w:val=\"Loop\"/></w:style>"
        let body = F.p("PENDAHULUAN", style: "BabKu") + F.p("Latar Belakang", style: "Judul2") + F.p("Isi latar belakang.")
            + F.p("Uraian", extra: "<w:outlineLvl w:val=\"2\"/>") + F.p("Tidak berulang", style: "Loop")
            + F.p("KONDISI", style: "Heading1") + F.p("Badan teks", style: "Heading1", extra: "<w:outlineLvl w:val=\"9\"/>")
        let document = try F.parse(try F.docx(body: body, styles: styles))
        #expect(document.sections.map(\.rawHeading) == ["PENDAHULUAN", "Latar Belakang", "Uraian", "KONDISI"])
        #expect(document.sections.map(\.level) == [1, 2, 3, 1])
        #expect(document.sections.map(\.position.paragraph) == [1, 2, 4, 6])
        #expect(document.sections[2].parent == 1)
        #expect(document.sections[1].blocks.map(\.text) == ["Isi latar belakang."])
        #expect(document.sections[2].blocks.map(\.text) == ["Tidak berulang"])
        #expect(document.sections[3].blocks.map(\.text) == ["Badan teks"], "outline level 9 is body text")
    }

    static let chapterNumbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="BAB %1"/><w:pStyle w:val="Heading1"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:pStyle w:val="Heading2"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%3."/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        """

    @Test("list numbering comes back as Word shows it: BAB I, 1.1, A., a.")
    func numbering() throws {
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Heading1\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        let level3 = "<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"2\"/>"
        let item = { (level: Int, num: Int) in "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr>" }
        let body = F.p("PENDAHULUAN", style: "Heading1") + F.p("Latar Belakang", style: "Heading2")
            + F.p("Maksud", style: "Heading2") + F.p("Rincian", extra: level3)
            + F.p("KONDISI SAAT INI", style: "Heading1") + F.p("Evaluasi", style: "Heading2")
            + F.p("satu", extra: item(0, 2)) + F.p("dua", extra: item(0, 2)) + F.p("butir", extra: item(1, 2))
            + F.p("tiga", extra: item(0, 2)) + F.p("Jeda.") + F.p("lagi satu", extra: item(0, 3))
        let document = try F.parse(try F.docx(body: body, styles: styles, numbering: Self.chapterNumbering))
        #expect(document.sections.map(\.rawHeading) == [
            "BAB I PENDAHULUAN", "1.1 Latar Belakang", "1.2 Maksud", "A. Rincian", "BAB II KONDISI SAAT INI", "2.1 Evaluasi"])
        #expect(document.sections.map(\.numbering) == ["BAB I", "1.1", "1.2", "A", "BAB II", "2.1"])
        #expect(document.sections.map(\.title) == ["PENDAHULUAN", "Latar Belakang", "Maksud", "Rincian", "KONDISI SAAT INI", "Evaluasi"])
        let blocks = document.sections[5].blocks
        #expect(blocks.map(\.kind) == [.list, .paragraph, .list])
        #expect(blocks[0].items.map(\.text) == ["satu", "dua", "butir", "tiga"])
        #expect(blocks[0].items.map(\.position.paragraph) == [7, 8, 9, 10])
        #expect(ListNumberFormat.roman(1994) == "MCMXCIV" && ListNumberFormat.letters(28) == "BB")
    }

    @Test("hostile list numbers neither overflow nor build huge labels")
    func hostileNumbering() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="-9223372036854775808"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="9223372036854775807"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let item = { (level: Int) in "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"\(level)\"/>" }
        let document = try F.parse(try F.docx(body: F.p("Satu", extra: item(0)) + F.p("Dua", extra: item(1)) + F.p("Tiga", extra: item(1)),
                                              numbering: numbering))
        #expect(document.sections.map(\.rawHeading) == ["0. Satu", "99999) Dua", "99999) Tiga"])
    }

    @Test("a chapter label in its own heading paragraph takes the title from the next one")
    func splitChapterHeadings() throws {
        let body = F.p("BAB I", style: "Heading1") + F.p("PENDAHULUAN", style: "Heading1") + F.p("Latar Belakang", style: "Heading2")
            + F.p("BAB II", style: "Heading1") + F.p("KONDISI SAAT INI") + F.p("Isi bab.")
            + F.p("BAB III", style: "Heading1") + F.p("Bab ini menguraikan visi.")
            + F.p("Bagian Kesatu", style: "Heading2") + F.p("Umum", style: "Heading2")
        let document = try F.parse(try F.docx(body: body))
        #expect(document.sections.map(\.rawHeading) == ["BAB I PENDAHULUAN", "Latar Belakang", "BAB II KONDISI SAAT INI",
                                                        "BAB III", "Bagian Kesatu Umum"])
        #expect(document.sections.map(\.numbering) == ["BAB I", nil, "BAB II", "BAB III", "Bagian Kesatu"])
        #expect(document.sections[2].blocks.map(\.text) == ["Isi bab."])
        #expect(document.sections[3].blocks.map(\.text) == ["Bab ini menguraikan visi."])
    }

    @Test("tables keep cell text, repeat vertically merged cells, align spans and flatten nested tables")
    func tables() throws {
        func cell(_ text: String, _ properties: String = "") -> String {
            "<w:tc><w:tcPr>\(properties)</w:tcPr>\(F.p(text))</w:tc>"
        }
        let nested = "<w:tc><w:tbl><w:tr>\(cell("a"))\(cell("b"))</w:tr><w:tr>\(cell("c"))\(cell("d"))</w:tr></w:tbl>\(F.p(""))</w:tc>"
        let table = "<w:tbl>"
            + "<w:tr>\(cell("Program"))\(cell("2025"))\(cell("2026"))\(cell("OPD Penanggung Jawab"))</w:tr>"
            + "<w:tr>\(cell("Satu Data", "<w:vMerge w:val=\"restart\"/>"))\(cell("Kajian", "<w:gridSpan w:val=\"2\"/>"))\(cell("Diskominfo", "<w:vMerge w:val=\"restart\"/>"))</w:tr>"
            + "<w:tr>\(cell("", "<w:vMerge/>"))\(cell("x"))\(cell("y"))\(cell("", "<w:vMerge/>"))</w:tr>"
            + "<w:tr>\(cell("Rincian"))\(nested)\(cell("-"))\(cell("Bappeda"))</w:tr>"
            + "</w:tbl>"
        let document = try F.parse(try F.docx(body: F.p("Matriks", style: "Heading1") + table))
        let found = try #require(document.sections.first?.blocks.first?.table)
        #expect(found.header.map(\.text) == ["Program", "2025", "2026", "OPD Penanggung Jawab"])
        #expect(found.rows.map { $0.map(\.text) } == [
            ["Satu Data", "Kajian", "", "Diskominfo"],
            ["Satu Data", "x", "y", "Diskominfo"],
            ["Rincian", "a\tb\nc\td", "-", "Bappeda"],
        ])
        #expect(found.position.paragraph == 2)
        #expect(document.yearTableSections == [0])
    }

    @Test("tracked changes read as accepted; hidden text, field codes, drawings, headers and the table of contents left out")
    func revisionsAndHiddenParts() throws {
        let body = """
            <w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>
              <w:sdtContent>\(F.p("Daftar Isi BAB I 1"))\(F.p("BAB II 5"))</w:sdtContent></w:sdt>
            \(F.p("PENDAHULUAN", style: "Heading1"))
            <w:p><w:r><w:t xml:space="preserve">Rencana </w:t></w:r><w:ins w:id="1"><w:r><w:t>induk </w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>lama </w:delText></w:r></w:del><w:r><w:t>SPBE</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> tersembunyi</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> hal 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:drawing><w:t>gambar</w:t></w:drawing></w:r></w:p>
            <w:p><w:r><w:t>Kebijakan</w:t><w:footnoteReference w:id="2"/></w:r><w:r><w:tab/><w:t>internal.</w:t></w:r></w:p>
            """
        let footnotes = "<w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:t>----</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"2\">\(F.p("Perpres Nomor 95 Tahun 2018."))</w:footnote>"
        let document = try F.parse(try F.docx(body: body, footnotes: footnotes, header: F.p("KOP SURAT DINAS")))
        #expect(document.sections.map(\.rawHeading) == ["PENDAHULUAN"])
        #expect(document.sections[0].position.paragraph == 3, "the two contents paragraphs are counted, not read")
        #expect(document.preamble.isEmpty)
        #expect(document.sections[0].blocks.map(\.text) == ["Rencana induk SPBE hal 3", "Kebijakan internal.", "Perpres Nomor 95 Tahun 2018."])
        #expect(document.sections[0].blocks.map(\.position.paragraph) == [4, 5, 5])
        #expect(!document.allBlocks.contains { $0.text.contains("KOP") || $0.text.contains("lama") || $0.text.contains("gambar") })
    }

    @Test("metadata: custom properties explicit, core properties only as marked fallback, the text wins")
    func properties() throws {
        let custom = "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Tingkat\"><vt:lpwstr>kota</vt:lpwstr></property>"
            + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"Departemen\"><vt:lpwstr>x</vt:lpwstr></property>"
        let core = "<dc:title>Templat Laporan</dc:title><dc:creator>Budi</dc:creator><dcterms:created>2024-05-06T01:02:03Z</dcterms:created>"
        let headed = try F.parse(try F.docx(body: F.p("PENDAHULUAN", style: "Heading1"), core: core, custom: custom))
        #expect(headed.metadata.level == "kota")
        #expect(headed.metadata["tingkat"]?.origin == .frontMatter)
        #expect(headed.metadata["departemen"] == nil)
        #expect(headed.metadata.title == nil, "the first heading titles the document, not a stale core title")
        #expect(headed.title == "PENDAHULUAN")
        #expect(headed.metadata["penyusun"]?.value == "Budi")
        #expect(headed.metadata["penyusun"]?.origin == .documentProperties)
        #expect(headed.metadata["tanggal-dibuat"]?.value == "2024-05-06")

        let titled = try F.parse(try F.docx(body: F.p("Rencana Induk SPBE Kota Contoh", style: "Title")
            + F.p("PENDAHULUAN", style: "Heading1"),
            styles: F.headingStyles + "<w:style w:type=\"paragraph\" w:styleId=\"Judul\"><w:name w:val=\"Title\"/></w:style>"
                .replacingOccurrences(of: "w:styleId=\"Judul\"", with: "w:styleId=\"Title\""), core: core))
        #expect(titled.metadata.title == "Rencana Induk SPBE Kota Contoh")
        #expect(titled.metadata["judul"]?.origin == .text)

        let bare = try F.parse(try F.docx(body: F.p("Isi tanpa judul."), core: core))
        #expect(bare.metadata.title == "Templat Laporan")
        #expect(bare.metadata["judul"]?.origin == .documentProperties)
    }

    @Test("only spbelint comments are kept, anchored at their paragraph")
    func comments() throws {
        let body = F.p("PENDAHULUAN", style: "Heading1")
            + "<w:p><w:commentRangeStart w:id=\"7\"/><w:r><w:t>Teks</w:t></w:r><w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r><w:r><w:commentReference w:id=\"8\"/></w:r></w:p>"
        let comments = "<w:comment w:id=\"7\">\(F.p("spbelint-disable-next-block dasar-hukum -- diatur terpisah"))</w:comment>"
            + "<w:comment w:id=\"8\">\(F.p("Mohon diperbaiki, Pak."))</w:comment>"
        let document = try F.parse(try F.docx(body: body, comments: comments))
        #expect(document.comments == [TableCell(text: "spbelint-disable-next-block dasar-hukum -- diatur terpisah",
                                                position: SourcePosition(paragraph: 2))])
        #expect(document.allBlocks.map(\.text) == ["Teks"])
    }
}
