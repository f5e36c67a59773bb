import Foundation
import Testing
@testable import SPBELintCore

/// Word files converted from PDF: one unstyled paragraph per printed line, joined back.
@Suite("Word paragraphs that are printed lines")
struct WrappedLinesTests {
    typealias F = OfficeFixture

    /// A body without heading styles (so the plain-line recovery reads it).
    static let headings = F.p("BAB I") + F.p("PENDAHULUAN") + F.p("1.1 Latar Belakang")

    func paragraphs(_ body: String) throws -> [String] {
        let document = try F.parse(try F.docx(body: Self.headings + body + F.p("1.2 Maksud dan Tujuan") + F.p("Isi.")))
        #expect(document.sections.map(\.rawHeading) == ["BAB I PENDAHULUAN", "1.1 Latar Belakang", "1.2 Maksud dan Tujuan"])
        return document.sections.flatMap(\.blocks).map { block in
            block.kind == .list ? "list: " + block.items.map(\.text).joined(separator: " | ") : block.text
        }
    }

    @Test("unstyled lines that stop mid-sentence join into their paragraph, list items into their item")
    func joined() throws {
        let body = F.p("Aplikasi dibangun secara sektoral oleh masing-")
            + F.p("masing perangkat daerah yang memanfaatkan teknologi informasi dan")
            + F.p("komunikasi untuk memberikan layanan kepada pengguna SPBE.")
            + F.p("Pemerintah Kota Contoh menetapkan rencana ini sesuai dengan")
            + F.p("Peraturan Presiden Nomor 95 Tahun 2018.")
            + F.p("Tujuannya adalah:")
            + F.p("a. menyediakan acuan perencanaan dan penganggaran SPBE yang")
            + F.p("selaras dengan RPJMD; dan")
            + F.p("b. meningkatkan keterpaduan layanan.")
            + F.p("Paragraf sesudah baris kosong") + "<w:p/>" + F.p("dimulai di sini.")
        let read = try paragraphs(body)
        #expect(read == [
            "Aplikasi dibangun secara sektoral oleh masing-masing perangkat daerah yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada pengguna SPBE.",
            "Pemerintah Kota Contoh menetapkan rencana ini sesuai dengan Peraturan Presiden Nomor 95 Tahun 2018.",
            "Tujuannya adalah:",
            "list: a. menyediakan acuan perencanaan dan penganggaran SPBE yang selaras dengan RPJMD; dan | b. meningkatkan keterpaduan layanan.",
            "Paragraf sesudah baris kosong",
            "dimulai di sini.", "Isi.",
        ], "\(read)")
    }

    @Test("real paragraphs stay as written: sentences end them, and a few lower-case starts are not enough")
    func realParagraphs() throws {
        let body = F.p("Paragraf pertama berakhir dengan titik.")
            + F.p("Judul tabel tanpa titik")
            + F.p("iPhone dan aplikasi lain dicatat di sini.")
            + F.p("Paragraf ketiga juga berakhir.")
        let read = try paragraphs(body)
        #expect(read == [
            "Paragraf pertama berakhir dengan titik.", "Judul tabel tanpa titik",
            "iPhone dan aplikasi lain dicatat di sini.", "Paragraf ketiga juga berakhir.", "Isi.",
        ], "\(read)")
    }

    @Test("a paragraph in a style of its own is never read as a wrapped line")
    func styled() throws {
        let lines = F.p("baris satu yang terputus dan") + F.p("baris dua yang terputus dan") + F.p("baris tiga yang terputus dan")
        let styles = F.headingStyles + "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/></w:style>"
        let body = Self.headings + lines + F.p("lanjutan dalam gaya sendiri", style: "BodyText") + lines
        let document = try F.parse(try F.docx(body: body, styles: styles))
        #expect(document.sections.flatMap(\.blocks).map(\.text) == [
            "baris satu yang terputus dan baris dua yang terputus dan baris tiga yang terputus dan",
            "lanjutan dalam gaya sendiri",
            "baris satu yang terputus dan baris dua yang terputus dan baris tiga yang terputus dan",
        ])
    }
}
