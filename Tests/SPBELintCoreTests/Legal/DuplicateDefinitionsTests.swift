import Testing
@testable import SPBELintCore

/// Terms of the Ketentuan Umum: what a definition defines, and when two definitions are one too many.
@Suite("Duplicate definitions")
struct DuplicateDefinitionsTests {
    @Test("the term before 'adalah', and the short name after 'yang selanjutnya disingkat'")
    func terms() {
        #expect(DuplicateDefinitions.terms(defined: "Wali data adalah simpul jaringan.") == ["Wali data"])
        #expect(DuplicateDefinitions.terms(defined: "Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE adalah penyelenggaraan pemerintahan.")
                == ["Sistem Pemerintahan Berbasis Elektronik", "SPBE"])
        #expect(DuplicateDefinitions.terms(defined: "Dinas Komunikasi dan Informatika yang selanjutnya disebut Diskominfo adalah perangkat daerah.")
                == ["Dinas Komunikasi dan Informatika", "Diskominfo"])
        // Not a definition, or a sentence too long to be a term.
        #expect(DuplicateDefinitions.terms(defined: "Ketentuan lebih lanjut diatur dengan Peraturan Bupati.").isEmpty)
        #expect(DuplicateDefinitions.terms(defined: "Dalam hal perangkat daerah belum memiliki unit yang menangani data sebagaimana dimaksud pada ayat (1) maka tugas itu adalah tugas Diskominfo.").isEmpty)
    }

    @Test("two wordings are an error at the second; the same words twice are no finding")
    func severity() throws {
        func findings(_ second: String) throws -> [Finding] {
            let text = """
                PERATURAN BUPATI CONTOH NOMOR 3 TAHUN 2025 TENTANG PENYELENGGARAAN SPBE

                ## Pasal 1

                Dalam Peraturan Bupati ini yang dimaksud dengan:

                1. Data adalah catatan atas kumpulan fakta.
                2. Bupati adalah Bupati Contoh.
                \(second)

                ## Pasal 2

                Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
                """
            let rules = try RulePack.loadAll(from: Repository.rules).flatMap(\.rules).filter { $0.id == "perkada-definisi-ganda" }
            return Linter(rules: rules).lint(try MarkedDocument(text).parse(as: "perbup.md")).filter { $0.ruleId == "perkada-definisi-ganda" }
        }
        let different = try findings("3. Data adalah keterangan yang disimpan dalam pusat data.")
        #expect(different.count == 1 && different[0].severity == .error && different[0].position.line == 9)
        #expect(different[0].message.id == "Istilah \"Data\" didefinisikan dua kali dalam Ketentuan Umum (pertama pada baris 7).")
        let same = try findings("3. Data adalah catatan atas kumpulan fakta.")
        #expect(same.isEmpty)
        #expect(try findings("3. Daerah adalah Kabupaten Contoh.").isEmpty)
    }
}

/// BAB numbering of the body, in Roman numerals.
@Suite("BAB numbering")
struct BabNumberingTests {
    @Test("Roman numerals are written back as the statute writes them")
    func roman() {
        #expect([1, 4, 9, 14, 40, 90, 1999].map(LegalNumbers.romanNumeral) == ["I", "IV", "IX", "XIV", "XL", "XC", "MCMXCIX"])
        #expect((1...50).allSatisfy { LegalNumbers.roman(LegalNumbers.romanNumeral($0)) == $0 })
    }

    @Test("a skipped BAB of the body is a finding; the Lampiran's own BAB I does not restart the count")
    func skipped() throws {
        let rules = try RulePack.loadAll(from: Repository.rules).flatMap(\.rules).filter { $0.id == "perkada-penomoran-bab" }
        func findings(_ chapters: [String], lampiran: Bool = false) throws -> [Finding] {
            var text = "PERATURAN WALI KOTA CONTOH NOMOR 3 TAHUN 2025 TENTANG RENCANA INDUK SPBE KOTA CONTOH TAHUN 2025-2029\n\n"
            for (index, chapter) in chapters.enumerated() {
                text += "# BAB \(chapter) JUDUL\n\n## Pasal \(index + 1)\n\nIsi pasal.\n\n"
            }
            if lampiran {
                text += "Ditetapkan di Contoh\npada tanggal 5 Maret 2025\n\nWALI KOTA CONTOH,\n\n"
                text += "# LAMPIRAN PERATURAN WALI KOTA CONTOH NOMOR 3 TAHUN 2025\n\n# BAB I PENDAHULUAN\n\nIsi.\n\n# BAB II VISI\n\nIsi.\n"
            }
            return Linter(rules: rules).lint(try MarkedDocument(text).parse(as: "perwal.md"))
        }
        #expect(try findings(["I", "II", "III"], lampiran: true).isEmpty)
        let gap = try findings(["I", "II", "IV"])
        #expect(gap.map(\.message.id) == ["Penomoran BAB tidak berurutan: sesudah BAB II langsung BAB IV; BAB III tidak ada."])
        // Two missing are named with "dan", more with "sampai"; English says "are missing".
        let two = try findings(["I", "II", "V"])
        #expect(two.map(\.message.id) == ["Penomoran BAB tidak berurutan: sesudah BAB II langsung BAB V; BAB III dan BAB IV tidak ada."])
        #expect(two.map(\.message.en).first?.hasSuffix("BAB III and BAB IV are missing.") == true)
        let three = try findings(["I", "II", "VI"])
        #expect(three.map(\.message.id) == ["Penomoran BAB tidak berurutan: sesudah BAB II langsung BAB VI; BAB III sampai BAB V tidak ada."])
    }
}
