import Foundation
import Testing
@testable import SPBELintCore

/// Builds plain lines (one per string, numbered from 1) for the recovery.
func plainLines(_ text: String, page: Int? = nil) -> [PlainLine] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
        PlainLine(text: String($0.element), position: SourcePosition(line: $0.offset + 1, column: 1, page: page))
    }
}

/// "heading@level" for every recovered section.
func outline(_ sections: [Section]) -> [String] {
    sections.map { "\($0.rawHeading)@\($0.level)" }
}

@Suite("Structure from plain lines")
struct PlainStructureTests {
    @Test("a Perkada body: BAB with its title on the next line, Bagian and Paragraf with titles, centred Pasal")
    func perkadaBody() {
        let text = """
                                   PERATURAN BUPATI CONTOH
                                   NOMOR 7 TAHUN 2022
                                          BAB I
                                    KETENTUAN UMUM
                                          Pasal 1
                 Dalam Peraturan Bupati ini yang dimaksud dengan:
                 1. Daerah adalah Kabupaten Contoh.
                 2. Bupati adalah Bupati Contoh.

                                          BAB II
                               TATA KELOLA SISTEM PEMERINTAHAN
                                  BERBASIS ELEKTRONIK
                                    Bagian Kesatu
                                        Umum
                                          Pasal 2
                 (1) Tata kelola dilaksanakan sebagaimana dimaksud dalam
                 Pasal 1
                 angka 2.
                                    Bagian Kedua
                                 Rencana Induk Sistem
                                 Pemerintahan Berbasis Elektronik
                                    Paragraf 1
                                     Penyusunan
                                          Pasal 3
                 Rencana Induk disusun untuk 5 (lima) tahun.
        """
        let (preamble, sections) = PlainStructure.recover(plainLines(text))
        #expect(outline(sections) == [
            "BAB I KETENTUAN UMUM@1", "Pasal 1@2",
            "BAB II TATA KELOLA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK@1",
            "Bagian Kesatu Umum@2", "Pasal 2@3",
            "Bagian Kedua Rencana Induk Sistem Pemerintahan Berbasis Elektronik@2",
            "Paragraf 1 Penyusunan@3", "Pasal 3@4",
        ])
        #expect(preamble.map(\.text) == ["PERATURAN BUPATI CONTOH NOMOR 7 TAHUN 2022"])
        #expect(sections[0].position == SourcePosition(line: 3, column: 35))
        let pasal1 = sections[1]
        #expect(pasal1.blocks.map(\.kind) == [.paragraph, .list])
        #expect(pasal1.blocks[1].items.count == 2)
        // "Pasal 1" after "dimaksud dalam" is a reference that wrapped, not a heading.
        #expect(sections[4].blocks.first?.text.contains("dimaksud dalam Pasal 1 angka 2.") == true)
    }

    @Test("a plan: BAB, N.M and N.M.K numbering in sequence, lettered sections, out-of-sequence numbers stay text")
    func planNumbering() {
        let text = """
                                BAB II
                        GAMBARAN UMUM DAERAH

        2.1. Kondisi Geografis
               Wilayah ini terdiri dari 9 kecamatan dengan
        2.5 juta penduduk pada tahun 2024.
        1.3 Dasar Hukum
        2.2 Kondisi TIK Saat Ini
        2.2.1 Infrastruktur Jaringan
        A. Jaringan Intra Pemerintah
        Seluruh perangkat daerah terhubung.
        B. Pusat Data
        D. Aplikasi Umum
        2.2.2 Aplikasi
        2.3.Analisis Kebutuhan
                                BAB III
                           VISI DAN MISI
        3.1 Visi
        """
        let (_, sections) = PlainStructure.recover(plainLines(text))
        #expect(outline(sections) == [
            "BAB II GAMBARAN UMUM DAERAH@1", "2.1. Kondisi Geografis@2", "2.2 Kondisi TIK Saat Ini@2",
            "2.2.1 Infrastruktur Jaringan@3", "A. Jaringan Intra Pemerintah@4", "B. Pusat Data@4",
            "2.2.2 Aplikasi@3", "2.3. Analisis Kebutuhan@2", "BAB III VISI DAN MISI@1", "3.1 Visi@2",
        ])
        #expect(sections[1].numbering == "2.1" && sections[1].title == "Kondisi Geografis")
        #expect(sections[5].blocks.map(\.text) == ["D. Aplikasi Umum"])
    }

    @Test("a table of contents is skipped; the body's headings are the structure")
    func tableOfContents() {
        let text = """
                                 DAFTAR ISI
        KATA PENGANTAR ............................................ i
        BAB I PENDAHULUAN ......................................... 1
        1.1 Latar Belakang ........................................ 1
        1.2 Maksud dan Tujuan Penyusunan Rencana Induk Sistem
            Pemerintahan Berbasis Elektronik ...................... 3
        BAB II DASAR HUKUM ........................................ 5
        \u{0C}
                                   BAB I
                                PENDAHULUAN
        1.1 Latar Belakang
        Teks latar belakang.
        """
        let (preamble, sections) = PlainStructure.recover(plainLines(text))
        #expect(outline(sections) == ["BAB I PENDAHULUAN@1", "1.1 Latar Belakang@2"])
        #expect(sections[0].position.line == 9)
        #expect(preamble.allSatisfy { !$0.text.contains("....") })
    }

    @Test("a Keputusan: diktum KESATU... in order, then a Lampiran with roman sections")
    func keputusan() {
        let text = """
                           MEMUTUSKAN :
        Menetapkan   :
        KESATU       :   Menetapkan Peta Rencana SPBE Kabupaten Contoh
                         sebagaimana tercantum dalam Lampiran Keputusan ini.
        KEDUA        :   Peta Rencana sebagaimana dimaksud dalam Diktum
                         KESATU menjadi acuan Perangkat Daerah.
        KETIGA       :   Keputusan ini mulai berlaku pada tanggal ditetapkan.
        LAMPIRAN : KEPUTUSAN BUPATI CONTOH
                   NOMOR : 100/25/2023
        I.   Gambaran Umum
             Isi gambaran umum.
        II.  Tujuan
        """
        let (_, sections) = PlainStructure.recover(plainLines(text))
        #expect(outline(sections) == [
            "KESATU@1", "KEDUA@1", "KETIGA@1", "LAMPIRAN KEPUTUSAN BUPATI CONTOH@1", "I. Gambaran Umum@2", "II. Tujuan@2",
        ])
        #expect(sections[0].numbering == "KESATU")
        #expect(sections[0].blocks.first?.text == "Menetapkan Peta Rencana SPBE Kabupaten Contoh sebagaimana tercantum dalam Lampiran Keputusan ini.")
        #expect(sections[1].blocks.first?.text.hasSuffix("Diktum KESATU menjadi acuan Perangkat Daerah.") == true)
    }

    @Test("a yearly matrix whose columns line up becomes a table with year columns and the unit column")
    func yearTable() throws {
        let text = """
        4.1 Peta Rencana
        No.  Program                          2025   2026   2027   2028   2029    Penanggung Jawab
        1    Pembangunan pusat data             √      √                        Diskominfo
             pemerintah daerah
        2    Audit keamanan aplikasi                   √             √          Diskominfo
        3    Penyusunan arsitektur                            √                 Bappeda
        """
        let (_, sections) = PlainStructure.recover(plainLines(text))
        let table = try #require(sections.first?.blocks.first?.table)
        #expect(table.header.map(\.text) == ["No.", "Program", "2025", "2026", "2027", "2028", "2029", "Penanggung Jawab"])
        #expect(table.rows.count == 3)
        #expect(table.rows[0].map(\.text) == ["1", "Pembangunan pusat data pemerintah daerah", "√", "√", "", "", "", "Diskominfo"])
        #expect(table.rows[1][3].text == "√" && table.rows[1][5].text == "√" && table.rows[1][7].text == "Diskominfo")
        #expect(table.header[2].position.column == 39)
        let document = Document(path: "p.txt", format: .plainText, metadata: DocumentMetadata(), preamble: [], sections: sections)
        #expect(document.yearTableSections == [0])
    }

    @Test("year headers with labels ('Tahun 2025'), cells of several words, a BAB title over two lines, 'Bab' in Title Case")
    func headerVariants() throws {
        let text = """
        BAB VI PETA RENCANA SISTEM PEMERINTAHAN
        BERBASIS ELEKTRONIK
        6.1 Matriks
        Program                    Tahun 2025    Tahun 2026    Tahun 2027    OPD
        Penyusunan kebijakan       2 kebijakan   1 kebijakan   Reviu         Bagian Hukum
        Bab VII Penutup
        Demikian rencana induk ini disusun.
        """
        let (_, sections) = PlainStructure.recover(plainLines(text))
        #expect(outline(sections) == ["BAB VI PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK@1", "6.1 Matriks@2", "Bab VII Penutup@1"])
        let table = try #require(sections[1].blocks.first?.table)
        #expect(table.header.map(\.text) == ["Program", "Tahun 2025", "Tahun 2026", "Tahun 2027", "OPD"])
        #expect(table.rows.map { $0.map(\.text) } == [["Penyusunan kebijakan", "2 kebijakan", "1 kebijakan", "Reviu", "Bagian Hukum"]])
    }

    @Test("word-processor paragraphs: each is a block, list items still make one list")
    func paragraphs() {
        let lines = plainLines("BAB I\nPENDAHULUAN\n1.1 Latar Belakang\nParagraf pertama.\nParagraf kedua.\na. butir satu;\nb. butir dua.\nPenutup bagian.")
        let (_, sections) = PlainStructure.recover(lines, unit: .paragraph)
        #expect(outline(sections) == ["BAB I PENDAHULUAN@1", "1.1 Latar Belakang@2"])
        #expect(sections[1].blocks.map(\.kind) == [.paragraph, .paragraph, .list, .paragraph])
        #expect(sections[1].blocks[2].items.map(\.text) == ["a. butir satu;", "b. butir dua."])
    }

    @Test("random mixes of structural tokens never crash the recovery or the text reader")
    func randomInput() throws {
        let tokens = ["BAB", "Bab", "IV", "Pasal", "5", "5A", "Bagian", "Kesatu", "kedua", "Paragraf", "2", "1.1", "1.1.",
                      "2.3.Analisis", "A.", "B.", "I.", "II.", "KESATU", ":", "KEDUA", "LAMPIRAN", "DAFTAR", "ISI", "....", "12",
                      "2025", "2026", "2027", "√", "(1)", "a.", "b)", "-", "•", "Halaman", "\u{0C}", "   ", "", "Judul", "TATA", "KELOLA",
                      "dimaksud", "dalam", ";dan", "Menimbang", "99999999999999999999", "0.0", "Z.", "\u{00A0}", "é"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1...60, using: &generator) {
                let words = (0..<Int.random(in: 0...6, using: &generator)).map { _ in tokens.randomElement(using: &generator)! }
                text += String(repeating: " ", count: Int.random(in: 0...30, using: &generator)) + words.joined(separator: " ") + "\n"
            }
            _ = PlainStructure.recover(plainLines(text))
            _ = PlainStructure.recover(plainLines(text), unit: .paragraph)
            _ = try PlainTextDocumentParser().parse(text: text, path: "acak.txt")
        }
    }

    @Test("glued punctuation before a point: 'e. percepatan SPBE;dan' then 'f. pemantauan'")
    func gluedPoints() {
        let split = LegalMarkers.split("a. tata kelola; b. manajemen; c. percepatan SPBE;dan d. pemantauan SPBE.", style: .letter)
        #expect(split.parts.map(\.label) == ["a", "b", "c", "d"])
        #expect(split.parts[2].text == "percepatan SPBE;dan")
    }

    @Test("recovery is linear: four times the input takes about four times as long")
    func linear() {
        func document(babs: Int) -> [PlainLine] {
            var text = ""
            for bab in 1...babs {
                text += "BAB \(bab)\nJUDUL BAB\n"
                for sub in 1...20 {
                    text += "\(bab).\(sub) Subbagian Nomor \(sub)\n" + String(repeating: "Isi paragraf yang cukup panjang untuk diuji.\n", count: 20)
                }
            }
            return plainLines(text)
        }
        func seconds(_ lines: [PlainLine]) -> (Double, Int) {
            let start = Date()
            let count = PlainStructure.recover(lines).sections.count
            return (Date().timeIntervalSince(start), count)
        }
        let small = document(babs: 5), large = document(babs: 20)
        _ = seconds(small)
        let (smallTime, smallCount) = seconds(small)
        let (largeTime, largeCount) = seconds(large)
        #expect(smallCount == 5 * 21 && largeCount == 20 * 21)
        #expect(largeTime < max(smallTime, 0.01) * 10)
    }
}
