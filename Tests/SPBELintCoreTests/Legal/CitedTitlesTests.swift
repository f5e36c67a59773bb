import Testing
@testable import SPBELintCore

/// Titles of instruments cited in Mengingat, by their kind, number and year.
@Suite("Cited titles")
struct CitedTitlesTests {
    @Test("each citation with its kind, number, year and title as written")
    func citations() {
        let text = "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi Transaksi Elektronik (Lembaran Negara Republik Indonesia Nomor 4843) sebagaimana telah diubah dengan Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan Atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik;"
        let found = CitedTitles.citations(in: text)
        #expect(found.count == 3 && found.allSatisfy { $0.form.last == TextFolding.words(of: "Undang-Undang").last })
        #expect(found.map(\.title) == ["Informasi Transaksi Elektronik", "Perubahan Atas", "Informasi dan Transaksi Elektronik"])
        let perpres = CitedTitles.citations(in: "Peraturan Presiden Republik Indonesia Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;")
        #expect(perpres.map(\.form) == [TextFolding.words(of: "Peraturan Presiden")] && perpres.map(\.number) == ["95"])
        let perda = CitedTitles.citations(in: "Peraturan Daerah Kabupaten Contoh Nomor 11 Tahun 2008 tentang Organisasi Perangkat Daerah;")
        #expect(perda.first?.form.suffix(2) == ["kabupaten", "contoh"])
    }

    @Test("a wrong title is info naming the exact one; a Perda of the same number is left alone")
    func findings() throws {
        let rules = try RulePack.loadAll(from: Repository.rules).flatMap(\.rules).filter { $0.id == "perkada-mengingat-judul" }
        func lint(_ item: String) throws -> [Finding] {
            let text = """
                PERATURAN BUPATI CONTOH NOMOR 3 TAHUN 2025 TENTANG PENYELENGGARAAN SPBE

                Menimbang: a. bahwa perlu mengatur penyelenggaraan SPBE;

                Mengingat: 1. \(item)

                MEMUTUSKAN:

                ## Pasal 1

                Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
                """
            return Linter(rules: rules).lint(try MarkedDocument(text).parse(as: "perbup.md"))
        }
        let wrong = try lint("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Umum (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 112);")
        #expect(wrong.map(\.message.id) == ["Butir Mengingat menyebut Undang-Undang Nomor 25 Tahun 2009 \"tentang Pelayanan Umum\": judul yang tepat \"tentang Pelayanan Publik\"."])
        #expect(wrong.first?.severity == .info)
        #expect(try lint("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 112);").isEmpty)
        #expect(try lint("Peraturan Daerah Kabupaten Contoh Nomor 25 Tahun 2009 tentang Pajak Daerah;").isEmpty)
    }
}
