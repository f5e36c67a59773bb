import Foundation
import Testing
@testable import SPBELintCore

@Suite("Legal structure")
struct LegalStructureTests {
    func read(_ markdown: String) throws -> LegalStructure {
        LegalStructure(document: try MarkdownDocumentParser().parse(text: markdown, path: "uji.md"))
    }

    let statute = """
        PERATURAN BUPATI CONTOH
        NOMOR 3 TAHUN 2025
        TENTANG
        SPBE

        Menimbang : a. bahwa SPBE perlu diterapkan;
        b. bahwa untuk melaksanakan Pasal 61 ayat (1) Peraturan Presiden Nomor 95 Tahun 2018, perlu menetapkan Peraturan Bupati;

        Mengingat:

        1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
        2. Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE;

        MEMUTUSKAN:

        Menetapkan: PERATURAN BUPATI TENTANG SPBE.

        # BAB I KETENTUAN UMUM

        ## Bagian Kesatu Umum

        ### Paragraf 1 Istilah

        #### Pasal 1

        Dalam Peraturan Bupati ini yang dimaksud dengan:

        1. Daerah adalah Kabupaten Contoh.
        2. SPBE adalah sistem pemerintahan berbasis elektronik.

        #### Pasal 2

        (1) SPBE meliputi: a. tata kelola; b. layanan; dan c. keamanan. (2) Tata kelola sebagaimana dimaksud pada ayat (1) huruf a ditetapkan Bupati.

        (3) Layanan sebagaimana dimaksud dalam Pasal 1 angka 2 dan Pasal 2 ayat (1) huruf c tercantum dalam Lampiran.

        # BAB II PENUTUP

        ## Bagian Kedua Belas Penutup

        #### Pasal 3

        Ketentuan Pasal 61 ayat (1) Peraturan Presiden Nomor 95 Tahun 2018 dan Pasal 9 Peraturan Bupati ini, serta Pasal 2 ayat (4) dan ayat (1) huruf d, berlaku.

        Ditetapkan di Contoh

        # PENJELASAN

        #### Pasal 1

        Cukup jelas.

        # LAMPIRAN I

        # BAB I PENDAHULUAN

        Isi lampiran.
        """

    @Test("opening: judul, Menimbang points, Mengingat items, Menetapkan, with positions")
    func opening() throws {
        let legal = try read(statute)
        #expect(legal.judul?.text.hasPrefix("PERATURAN BUPATI CONTOH NOMOR 3 TAHUN 2025") == true)
        #expect(legal.judul?.position == SourcePosition(line: 1, column: 1))
        #expect(legal.menimbang.map(\.label) == ["a", "b"])
        #expect(legal.menimbang[1].text.hasPrefix("bahwa untuk melaksanakan Pasal 61"))
        #expect(legal.menimbangPosition == SourcePosition(line: 6, column: 1))
        #expect(legal.mengingat.map(\.label) == ["1", "2"])
        #expect(legal.mengingat[1].position == SourcePosition(line: 12, column: 1))
        #expect(legal.mengingatPosition?.line == 9)
        #expect(legal.menetapkan?.text == "PERATURAN BUPATI TENTANG SPBE.")
    }

    @Test("body: BAB, Bagian (ordinal words read), Paragraf, Pasal with ayat and points; Penjelasan and Lampiran end the body")
    func body() throws {
        let legal = try read(statute)
        #expect(legal.bab.map(\.label) == ["I", "II"])
        #expect(legal.bab.map(\.title) == ["KETENTUAN UMUM", "PENUTUP"])
        #expect(legal.bagian.map(\.number) == [1, 12])
        #expect(legal.paragraf.count == 1 && legal.paragraf[0].number == 1)
        #expect(legal.pasal.map(\.label) == ["1", "2", "3"], "the Pasal 1 of the Penjelasan is not in the body")
        #expect(legal.pasal[0].points.map(\.label) == ["1", "2"])
        #expect(legal.pasal[0].position == SourcePosition(line: 24, column: 1))
        let pasal2 = legal.pasal[1]
        #expect(pasal2.ayat.map(\.number) == [1, 2, 3])
        #expect(pasal2.ayat[0].points.map(\.label) == ["a", "b", "c"])
        #expect(pasal2.ayat[2].position == SourcePosition(line: 35, column: 1))
        #expect(legal.pasal[2].bab == 1)
        #expect(legal.closing.map(\.text) == ["Ditetapkan di Contoh"])
        #expect(legal.penjelasan?.position.line == 47)
        #expect(legal.lampiran.map(\.label) == ["I"])
        #expect(legal.bab.count == 2, "the BAB of the Lampiran is not in the body")
    }

    @Test("internal references: own Pasal, ayat, points and Lampiran; other instruments left out")
    func references() throws {
        let legal = try read(statute)
        let references = legal.internalReferences
        #expect(references.map(\.text) == ["ayat (1) huruf a", "Pasal 1 angka 2", "Pasal 2 ayat (1) huruf c", "Lampiran",
                                           "Pasal 9", "Pasal 2 ayat (4)", "ayat (1) huruf d"])
        let problems = references.compactMap { legal.problem(with: $0)?.id }
        #expect(problems == ["Pasal 9 tidak ada", "Pasal 2 tidak memiliki ayat (4)", "Pasal 2 ayat (1) tidak memiliki huruf d"])
        #expect(references[0].within == "2")
    }

    @Test("Pasal written as plain paragraphs, ayat written as headings")
    func plainPasal() throws {
        let legal = try read("""
            Pasal 1

            Ketentuan umum.

            Pasal 2

            (1) Satu.

            Pasal 3

            ## (1)

            Ayat satu.

            ## (2)

            Ayat dua.
            """)
        #expect(legal.pasal.map(\.label) == ["1", "2", "3"])
        #expect(legal.pasal[1].ayat.map(\.number) == [1])
        #expect(legal.pasal[2].ayat.map(\.number) == [1, 2])
        #expect(legal.pasal[2].ayat[1].text == "Ayat dua.")
    }

    @Test("Akoma Ntoso: ayat and points from paragraph and point elements")
    func akomaNtoso() throws {
        let url = Repository.root.appendingPathComponent("Tests/SPBELintCoreTests/XML/Fixtures/akoma-ntoso.xml")
        let document = try XMLDocumentParser().parse(text: try String(contentsOf: url, encoding: .utf8), path: "akn.xml")
        let legal = LegalStructure(document: document)
        #expect(legal.pasal.map(\.label) == ["1", "2", "3"])
        #expect(legal.pasal[1].ayat.map(\.number) == [1, 2])
        #expect(legal.pasal[1].ayat[0].points.map(\.label) == ["a", "b"])
        #expect(legal.bab.map(\.label) == ["I", "II"])
        #expect(legal.menimbang.map(\.label) == ["a"])
        #expect(legal.mengingat.count == 1)
    }

    @Test("instruments from titles and short citations match each other")
    func instruments() throws {
        let title = try #require(LegalInstrument(parsing: "PERATURAN MENTERI KOMUNIKASI DAN INFORMATIKA REPUBLIK INDONESIA NOMOR 16 TAHUN 2022 TENTANG AUDIT"))
        #expect(title.name == "Permenkominfo 16/2022")
        #expect(title.matches("Permenkominfo 16/2022"))
        #expect(!title.matches("Permen PPN 16/2020"))
        #expect(LegalInstrument(parsing: "Permenpan RB 59/2020")?.matches("Permenpan RB 59/2020") == true)
        let perpres = try #require(LegalInstrument(parsing: "Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE"))
        #expect(perpres.matches("Perpres 95/2018") && !perpres.matches("Perpres 39/2019"))
        #expect(LegalInstrument(parsing: "Undang-Undang Nomor 23 Tahun 2014")?.matches("UU 23/2014") == true)
        #expect(LegalInstrument(parsing: "Peraturan BSSN 4/2021")?.matches("Peraturan Badan Siber dan Sandi Negara Nomor 4 Tahun 2021") == true)
        #expect(LegalInstrument(parsing: "Rencana Induk SPBE") == nil)
    }

    @Test("cited articles resolve to their text or say what is missing")
    func resolve() throws {
        let document = try MarkdownDocumentParser().parse(text: statute, path: "uji.md")
        let legal = LegalStructure(document: document)
        #expect(legal.resolve(article: "Pasal 2 ayat (1) huruf b", in: document) == .found(text: "b. layanan; dan", position: SourcePosition(line: 33, column: 1)))
        #expect(legal.resolve(article: "Pasal 1 angka 2", in: document)
                == .found(text: "2. SPBE adalah sistem pemerintahan berbasis elektronik.", position: SourcePosition(line: 29, column: 1)))
        #expect(legal.resolve(article: "Pasal 5", in: document) == .missing(LocalizedText(id: "Pasal 5 tidak ada", en: "there is no Pasal 5")))
        #expect(legal.resolve(article: "Pasal 1-4", in: document) == .missing(LocalizedText(id: "Pasal 4 tidak ada", en: "there is no Pasal 4")))
        #expect(legal.resolve(article: "Lampiran II", in: document) == .missing(LocalizedText(id: "Lampiran II tidak ada", en: "there is no Lampiran II")))
        if case .found(let text, _) = legal.resolve(article: "Lampiran I", in: document) { #expect(text.contains("Isi lampiran.")) } else { Issue.record("Lampiran I") }
        #expect(legal.resolve(article: "Bab 2", in: document) == .unsupported)
    }

    @Test("markers inside sentences are not split: ayat (1), 1 (satu), huruf a.")
    func markers() {
        let split = LegalMarkers.split("(1) Dilaksanakan 1 (satu) kali sebagaimana dimaksud pada ayat (1) huruf a. (2) Selesai",
                                       style: .ayat, anyFirst: true)
        #expect(split.parts.map(\.value) == [1, 2])
        #expect(split.parts[0].text == "Dilaksanakan 1 (satu) kali sebagaimana dimaksud pada ayat (1) huruf a.")
        #expect(LegalMarkers.split("meliputi: a. satu; dan b. dua", style: .letter).parts.map(\.label) == ["a", "b"])
        #expect(LegalNumbers.ordinal(["Kesebelas"]) == 11 && LegalNumbers.ordinal(["Kedua", "Belas"]) == 12)
        #expect(LegalNumbers.roman("XIV") == 14)
    }

    /// A converted statute without blank lines: in CommonMark the "1." of Pasal 1 opens a list and
    /// every later line continues it, so the Pasal headings are lines inside that list.
    @Test func pasalHeadingsInsideASwallowingListAreRecovered() throws {
        let text = """
            UNDANG-UNDANG CONTOH NOMOR 1 TAHUN 2020 TENTANG UJI

            BAB I KETENTUAN UMUM
            Pasal 1
            Dalam Undang-Undang ini yang dimaksud dengan:
            1. Daerah adalah daerah otonom.
            2. Kepala Daerah adalah bupati.
            BAB II PERATURAN KEPALA DAERAH
            Pasal 2
            (1) Kepala daerah menetapkan Perkada.
            (2) Perkada meliputi:
            a. tata kelola; dan
            b. layanan.
            Pasal 3
            Perkada mulai berlaku pada tanggal diundangkan.
            """
        let document = try MarkdownDocumentParser().parse(text: text, path: "uji.md")
        let legal = LegalStructure(document: document)
        #expect(legal.pasal.map(\.label) == ["1", "2", "3"])
        #expect(legal.bab.count == 2)
        guard case .found(let huruf, let position) = legal.resolve(article: "Pasal 2 ayat (2) huruf b", in: document) else {
            Issue.record("Pasal 2 ayat (2) huruf b not found"); return
        }
        #expect(huruf.contains("layanan"))
        #expect(position.line == 13)
    }

    /// An ordinary Markdown list keeps being a list: only a list holding structural headings is recovered.
    @Test func ordinaryListIsKeptAsAList() throws {
        let text = """
            BAB I UMUM
            Pasal 1
            Isi:

            1. pertama;
            2. kedua.

            Pasal 2
            Selesai.
            """
        let document = try MarkdownDocumentParser().parse(text: text, path: "uji.md")
        #expect(document.allBlocks.contains { $0.kind == .list && $0.items.count == 2 })
    }
}
