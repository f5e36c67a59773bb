import Foundation
import Testing
@testable import SPBELintCore

/// Identity read from the text, in the shapes real plans and regulations have after PDF or Word conversion.
@Suite("Identity from the text")
struct IdentityReaderTests {
    func read(_ text: String) throws -> Document {
        try MarkdownDocumentParser().parse(text: text, path: "doc.md")
    }

    @Test("a Perbup title block over several lines: kind, what it enacts, level, institution, number, period")
    func perbupTitleBlock() throws {
        let document = try read("""
            BUPATI TANAH HIJAU
            PROVINSI SULAWESI CONTOH

            PERATURAN BUPATI TANAH HIJAU
            NOMOR : 34 TAHUN 2019

            TENTANG

            RENCANA INDUK SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
            KABUPATEN TANAH HIJAU TAHUN 2019 - 2024

            DENGAN RAHMAT TUHAN YANG MAHA ESA

            BUPATI TANAH HIJAU,

            Menimbang : a. bahwa untuk melaksanakan ketentuan Peraturan Presiden Nomor 95 Tahun 2018;
            """)
        #expect(document.kind == "perkada")
        #expect(document.metadata.enacts == "rencana-induk")
        #expect(document.metadata.level == "kabupaten")
        #expect(document.profile == .pemda)
        #expect(document.metadata.institution == "Kabupaten Tanah Hijau")
        #expect(document.metadata.number == "34 Tahun 2019")
        #expect(document.metadata.period == Period(start: 2019, end: 2024))
        #expect(document.metadata.title?.hasPrefix("PERATURAN BUPATI TANAH HIJAU NOMOR 34 TAHUN 2019 TENTANG RENCANA INDUK") == true)
        #expect(document.metadata["jenis"]?.origin == .text)
        #expect(document.metadata["jenis"]?.position.line == 1)
    }

    @Test("an OCR title run together in one paragraph still reads; the repeated issuer ends the subject")
    func ocrTitle() throws {
        let document = try read("""
            ; N Lah 4 3 LUAS WALIKOTA MEKARSARI PERATURAN WALIKOTA MEKARSARI NOMOR 12 TAHUN 2016 TENTANG PENYELENGGARAAN E-GOVERNMENT DI LINGKUNGAN PEMERINTAH KOTA MEKARSARI WALIKOTA MEKARSARI,

            Menimbang . a. bahwa dalam rangka
            """)
        #expect(document.kind == "perkada")
        #expect(document.metadata.level == "kota")
        #expect(document.metadata.institution == "Kota Mekarsari")
        #expect(document.metadata.enacts == nil, "a general e-government regulation enacts no plan")
        #expect(document.metadata.title == "PERATURAN WALIKOTA MEKARSARI NOMOR 12 TAHUN 2016 TENTANG PENYELENGGARAAN E-GOVERNMENT DI LINGKUNGAN PEMERINTAH KOTA MEKARSARI")
    }

    @Test("a Keputusan with a register number and diktum; a Gubernur's decree is provincial")
    func keputusan() throws {
        let city = try read("""
            KEPUTUSAN WALI KOTA SUKAJADI

            NOMOR 188.45/977/HK/2020

            TENTANG

            TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK

            WALI KOTA SUKAJADI,

            Menimbang : a. bahwa
            """)
        #expect(city.kind == "keputusan")
        #expect(city.metadata.number == "188.45/977/HK/2020")
        #expect(city.metadata.institution == "Kota Sukajadi")
        let province = try read("KEPUTUSAN GUBERNUR NUSA CONTOH\nNOMOR 100/22/2023\nTENTANG\nARSITEKTUR SPBE PROVINSI NUSA CONTOH\n\nGUBERNUR NUSA CONTOH,\n")
        #expect(province.metadata.level == "provinsi")
        #expect(province.metadata.enacts == "arsitektur")
    }

    @Test("a plan's cover lines give title, kind, level and period; a draft mark gives the status")
    func planCover() throws {
        let document = try read("""
            DRAF

            Rencana Induk Pengembangan e-Government
            Pemerintah Kabupaten Lembah Asri Tahun 2021 s.d. 2025

            # BAB I PENDAHULUAN

            ## 1.1 Latar Belakang
            Teknologi informasi ...
            """)
        #expect(document.kind == "rencana-induk")
        #expect(document.metadata.level == "kabupaten")
        #expect(document.metadata.institution == "Kabupaten Lembah Asri")
        #expect(document.metadata.period == Period(start: 2021, end: 2025))
        #expect(document.metadata.status == "rancangan")
        #expect(document.metadata.title?.contains("BAB I") == false)
    }

    @Test("a plan printed as a Lampiran header is the plan, enacted by the named instrument")
    func lampiranHeader() throws {
        let document = try read("""
            LAMPIRAN PERATURAN GUBERNUR TELUK CONTOH
            NOMOR 17 TAHUN 2023
            TENTANG PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
            PROVINSI TELUK CONTOH TAHUN 2023-2027

            # BAB I PENDAHULUAN
            """)
        #expect(document.kind == "peta-rencana")
        #expect(document.metadata.level == "provinsi")
        #expect(document.metadata["penetapan"]?.value.hasPrefix("PERATURAN GUBERNUR TELUK CONTOH NOMOR 17 TAHUN 2023") == true)
        #expect(document.metadata.period == Period(start: 2023, end: 2027))
    }

    @Test("the signature block gives the enactment date in Indonesian month names")
    func enactmentDate() throws {
        let document = try read("""
            PERATURAN BUPATI CONTOH NOMOR 5 TAHUN 2022 TENTANG SPBE

            ## Pasal 1

            Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.

            Ditetapkan di Sukaraja
            pada tanggal 31 Agustus 2022
            """)
        #expect(document.metadata.enactmentDate == CalendarDate(year: 2022, month: 8, day: 31))
        #expect(document.metadata.status == "ditetapkan")
        #expect(document.metadata.referenceYear == 2022)
    }

    @Test("dates in Indonesian and English words, abbreviations and digits", arguments: [
        ("pada tanggal 2 Oktober 2019", "2019-10-02"), ("tanggal 4 Okt 2019", "2019-10-04"),
        ("12 Nopember 2020", "2020-11-12"), ("1 Pebruari 2021", "2021-02-01"),
        ("October 2, 2019", "2019-10-02"), ("tanggal 02-10-2019", "2019-10-02"), ("30 Februari 2020", nil),
    ])
    func dates(text: String, expected: String?) {
        #expect(IndonesianDate.first(in: text)?.description == expected)
    }

    @Test("a Lampiran without a caption starts at the second BAB I after the signature block")
    func lampiranWithoutCaption() throws {
        let document = try read("""
            PERATURAN WALI KOTA CONTOH NOMOR 3 TAHUN 2024 TENTANG RENCANA INDUK SPBE KOTA CONTOH TAHUN 2024-2028

            # BAB I KETENTUAN UMUM

            ## Pasal 1

            Rencana Induk SPBE tercantum dalam Lampiran.

            Ditetapkan di Contoh
            pada tanggal 5 Maret 2024

            WALI KOTA CONTOH,

            # BAB I PENDAHULUAN

            Rencana induk ini ...
            """)
        #expect(document.metadata.lampiranStart?.line == 14)
        #expect(document.parts.map(\.kind) == ["perkada", "rencana-induk"])
        #expect(document.parts.map(\.startLine) == [1, 14])
    }

    @Test("without a signature block, a Lampiran caption naming the instrument after the first Pasal starts the plan")
    func lampiranCaptionWithoutSignature() throws {
        let document = try read("""
            # PERATURAN BUPATI CONTOH NOMOR 8 TAHUN 2025 TENTANG RENCANA INDUK SPBE KABUPATEN CONTOH TAHUN 2025-2029

            Menimbang: a. bahwa Lampiran peraturan ini memuat rencana induk;

            ## Pasal 1

            Rencana Induk SPBE tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini.

            ## Pasal 2

            Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.

            # LAMPIRAN PERATURAN BUPATI CONTOH NOMOR 8 TAHUN 2025

            # BAB I PENDAHULUAN

            Rencana induk ini ...
            """)
        #expect(document.metadata.lampiranStart?.line == 13)
        #expect(document.parts.map(\.kind) == ["perkada", "rencana-induk"])
        // A sentence about the Lampiran in the body is not its caption.
        #expect(!LegalLine.isLampiranCaption("Lampiran yang merupakan bagian tidak terpisahkan"))
        #expect(LegalLine.isLampiranCaption("LAMPIRAN I : KEPUTUSAN WALI KOTA DENPASAR"))
    }

    @Test("front matter wins; English keys and common values are understood and reported")
    func frontMatterAliases() throws {
        let document = try read("""
            ---
            title: Master Plan SPBE Kota Contoh
            kind: master-plan
            level: city
            period: 2025-2029
            ---

            PERATURAN BUPATI LAIN NOMOR 1 TAHUN 2020 TENTANG SPBE
            """)
        #expect(document.kind == "rencana-induk")
        #expect(document.metadata.level == "kota")
        #expect(document.metadata.title == "Master Plan SPBE Kota Contoh")
        #expect(document.metadata["jenis"]?.origin == .frontMatter)
        #expect(document.metadata.understood.contains("kind: master-plan → jenis: rencana-induk"))
    }

    @Test("a document whose kind cannot be read runs only the rules for every kind, and says so once")
    func unknownKind() throws {
        let document = try read("Catatan rapat tanggal 3 Mei 2024 tentang jaringan kantor.\n\nIsi catatan.\n")
        #expect(document.kind == nil)
        let rules = try RulePack.loadAll(from: Repository.rules).flatMap(\.rules)
        let findings = Linter(rules: rules).lint(document)
        #expect(findings.filter { $0.ruleId == "dokumen-tidak-dikenali" }.count == 1)
        let limited = Set(rules.filter { !$0.documentKinds.isEmpty || !$0.profiles.isEmpty }.map(\.id))
        #expect(findings.allSatisfy { !limited.contains($0.ruleId) })
    }
}

/// Statutes and central regulations: the title before Menimbang, not an instrument cited after it.
@Suite("Identity of statutes and central regulations")
struct StatuteIdentityTests {
    @Test("a statute whose heading repeats, then instruments cited in Menimbang: the statute is the title")
    func statute() throws {
        let document = try MarkdownDocumentParser().parse(text: """
            UNDANG-UNDANG REPUBLIK INDONESIA UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 9 TAHUN 2030 TENTANG LAYANAN DIGITAL
            DENGAN RAHMAT TUHAN YANG MAHA ESA
            Menimbang: a. bahwa Peraturan Menteri Contoh Nomor 4 Tahun 2020 dan Keputusan Presiden Nomor 3 Tahun 2003 ...

            Mengingat: Pasal 20 Undang-Undang Dasar
            """, path: "uu.md")
        #expect(document.kind == "regulasi")
        #expect(document.metadata.number == "9 Tahun 2030")
        #expect(document.metadata["bentuk"]?.value == "Undang-Undang")
        #expect(document.profile == .nasional)
    }

    @Test("OCR glues the year to the number; a national agency's name keeps its connectors in lower case")
    func gluedNumberAndAgency() throws {
        let document = try MarkdownDocumentParser().parse(text: """
            PERATURAN BADAN SIBER DAN SANDI NEGARA
            NOMOR 7TAHUN 2022
            TENTANG STANDAR KEAMANAN
            """, path: "per.md")
        #expect(document.metadata.number == "7 Tahun 2022")
        #expect(document.metadata.institution == "Badan Siber dan Sandi Negara")
        #expect(document.profile == .instansiPusat)
    }
}
