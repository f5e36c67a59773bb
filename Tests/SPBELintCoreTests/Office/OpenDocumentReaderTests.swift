import Foundation
import Testing
@testable import SPBELintCore

@Suite("OpenDocument reader")
struct OpenDocumentReaderTests {
    typealias F = OfficeFixture

    static let styles = """
        <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
        <style:style style:name="Judul_20_2" style:display-name="Judul 2" style:family="paragraph"/>
        <style:style style:name="Subbab" style:family="paragraph" style:parent-style-name="Judul_20_2"/>
        <text:outline-style style:name="Outline">
          <text:outline-level-style text:level="1" style:num-prefix="BAB " style:num-format="I"/>
          <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="1"/>
        </text:outline-style>
        <text:list-style style:name="L1">
          <text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix="."/>
          <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix=")"/>
        </text:list-style>
        """

    @Test("outline levels, heading styles, chapter numbering, lists, notes and comments")
    func structure() throws {
        let text = """
            <text:table-of-content><text:index-body><text:p>BAB I PENDAHULUAN 1</text:p></text:index-body></text:table-of-content>
            <text:h text:outline-level="1">PENDAHULUAN<office:annotation><dc:creator>A</dc:creator><text:p>spbelint-disable-section dasar-hukum -- diatur di Perwali</text:p></office:annotation></text:h>
            <text:p text:style-name="Subbab">Latar Belakang</text:p>
            <text:p>Rencana<text:s text:c="2"/>induk<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Perpres 95/2018.</text:p></text:note-body></text:note> SPBE<office:annotation><text:p>Catatan biasa</text:p></office:annotation>.</text:p>
            <text:list text:style-name="L1"><text:list-item><text:p>satu</text:p><text:list><text:list-item><text:p>rinci</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>dua</text:p></text:list-item></text:list>
            <text:h text:outline-level="1"><text:number>BAB II</text:number>KONDISI<draw:frame><draw:text-box><text:p>kotak</text:p></draw:text-box></draw:frame></text:h>
            <text:tracked-changes><text:changed-region><text:deletion><text:p>dihapus</text:p></text:deletion></text:changed-region></text:tracked-changes>
            """
        let document = try F.parse(try F.odt(text: text, styles: Self.styles), name: "rencana.odt")
        #expect(document.format == .odt)
        #expect(document.sections.map(\.rawHeading) == ["BAB I PENDAHULUAN", "Latar Belakang", "BAB II KONDISI"])
        #expect(document.sections.map(\.level) == [1, 2, 1])
        #expect(document.sections.map(\.position.paragraph) == [2, 3, 8])
        let blocks = document.sections[1].blocks
        #expect(blocks.map(\.text) == ["Rencana induk SPBE.", "Perpres 95/2018.", "satu\nrinci\ndua"])
        #expect(blocks[2].items.map(\.position.paragraph) == [5, 6, 7])
        #expect(document.comments == [TableCell(text: "spbelint-disable-section dasar-hukum -- diatur di Perwali",
                                                position: SourcePosition(paragraph: 2))])
        #expect(!document.allBlocks.contains { $0.text.contains("dihapus") || $0.text.contains("kotak") })
    }

    @Test("headings numbered by a list, and the Title paragraph as judul")
    func listedHeadings() throws {
        let styles = Self.styles + "<style:style style:name=\"Title\" style:display-name=\"Title\" style:family=\"paragraph\"/>"
            + "<text:list-style style:name=\"Bab\"><text:list-level-style-number text:level=\"1\" style:num-prefix=\"BAB \" style:num-format=\"I\"/></text:list-style>"
        let text = """
            <text:p text:style-name="Title">Rencana Induk SPBE Kabupaten Uji</text:p>
            <text:list text:style-name="Bab"><text:list-item><text:h text:outline-level="1">PENDAHULUAN</text:h></text:list-item></text:list>
            <text:p>Isi.</text:p>
            <text:list text:style-name="Bab" text:continue-numbering="true"><text:list-item><text:h text:outline-level="1">PENUTUP</text:h></text:list-item></text:list>
            """
        let document = try F.parse(try F.odt(text: text, styles: styles), name: "rencana.odt")
        #expect(document.sections.map(\.rawHeading) == ["BAB I PENDAHULUAN", "BAB II PENUTUP"])
        #expect(document.metadata.title == "Rencana Induk SPBE Kabupaten Uji")
        #expect(document.metadata["judul"]?.origin == .text)
    }

    @Test("tables with spanned rows and columns; user-defined metadata")
    func tablesAndMetadata() throws {
        let text = """
            <text:h text:outline-level="1">Peta Rencana</text:h>
            <table:table><table:table-header-rows><table:table-row>
              <table:table-cell><text:p>Program</text:p></table:table-cell><table:table-cell><text:p>2025</text:p></table:table-cell><table:table-cell><text:p>2026</text:p></table:table-cell><table:table-cell><text:p>OPD Penanggung Jawab</text:p></table:table-cell>
            </table:table-row></table:table-header-rows>
            <table:table-row><table:table-cell><text:p>Satu Data</text:p></table:table-cell><table:table-cell table:number-columns-spanned="2"><text:p>Kajian</text:p></table:table-cell><table:covered-table-cell/><table:table-cell table:number-rows-spanned="2"><text:p>Diskominfo</text:p></table:table-cell></table:table-row>
            <table:table-row><table:table-cell><text:p>SPLP</text:p></table:table-cell><table:table-cell><text:p>x</text:p></table:table-cell><table:table-cell><text:p>y</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
            </table:table>
            """
        let meta = "<dc:title>Judul lama</dc:title><meta:user-defined meta:name=\"tingkat\">kabupaten</meta:user-defined>"
        let document = try F.parse(try F.odt(text: text, meta: meta), name: "rencana.odt")
        let table = try #require(document.sections.first?.blocks.first?.table)
        #expect(table.header.map(\.text) == ["Program", "2025", "2026", "OPD Penanggung Jawab"])
        #expect(table.rows.map { $0.map(\.text) } == [["Satu Data", "Kajian", "", "Diskominfo"], ["SPLP", "x", "y", "Diskominfo"]])
        #expect(document.yearTableSections == [0])
        #expect(document.metadata.level == "kabupaten" && document.metadata["tingkat"]?.origin == .frontMatter)
        #expect(document.metadata.title != "Judul lama", "the core title only fills what the text leaves empty")
    }
}
