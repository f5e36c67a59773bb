import Foundation
import Testing

@Suite("spbelint citations and explain --regulation")
struct CitationsCommandTests {
    let fixture = "Examples/regulasi/permen-contoh-7-2024.md"
    static let realPermenkominfo = CLIRunner.repository.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/real/permenkominfo-16-2022.md")
    static var corpusExists: Bool { FileManager.default.fileExists(atPath: realPermenkominfo.path) }

    /// Writes a one-rule pack whose citations name `instrument`, and returns its folder.
    func pack(instrument: String, articles: [String]) throws -> URL {
        let folder = try CLIRunner.temporaryFolder().appendingPathComponent("uji")
        let rule = folder.appendingPathComponent("uji-rujukan")
        try FileManager.default.createDirectory(at: rule, withIntermediateDirectories: true)
        try "id: uji\ntitle: { id: Uji, en: Test }\nversion: 0.0.1\n"
            .write(to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        let citations = articles.map { "  - { instrument: \"\(instrument)\", article: \"\($0)\", confidence: confirmed }" }
        let yaml = """
            id: uji-rujukan
            kind: legal-numbering
            severity: error
            area: dokumen
            citations:
            \(citations.joined(separator: "\n"))
            message: { id: Uji., en: Test. }
            options: { unit: pasal }
            """
        try yaml.write(to: rule.appendingPathComponent("rule.yml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("existing articles print their text and position; exit 0")
    func resolves() throws {
        let rules = try pack(instrument: "Peraturan Menteri Contoh Nomor 7 Tahun 2024",
                             articles: ["Pasal 2 ayat (2) huruf b", "Pasal 1 angka 2", "Lampiran I, indikator 2"])
        let output = try CLIRunner.run(["citations", "--against", fixture, "--no-default-rules", "--rules", rules.path])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.hasPrefix("\(fixture): Peraturan Menteri Contoh 7/2024 (4 Pasal, 1 Lampiran)"))
        #expect(output.stdout.contains("ok: Pasal 2 ayat (2) huruf b [uji-rujukan] \(fixture):47:1"))
        #expect(output.stdout.contains("\"b. kinerja layanan; dan\""))
        #expect(output.stdout.contains("\"2. Auditor adalah orang yang melaksanakan Audit Layanan.\""))
        #expect(output.stdout.contains("\"Indikator 2 kinerja layanan diukur per triwulan.\""))
        #expect(output.stdout.contains("3 rujukan: 3 ditemukan, 0 tidak ditemukan, 0 tidak diperiksa."))
    }

    @Test("a missing article is reported and exits 1; JSON carries status and reason")
    func missing() throws {
        let rules = try pack(instrument: "Peraturan Menteri Contoh Nomor 7 Tahun 2024",
                             articles: ["Pasal 2 ayat (3)", "Pasal 9", "Pasal 3", "Bab 9 angka 1"])
        let text = try CLIRunner.run(["citations", "--against", fixture, "--no-default-rules", "--rules", rules.path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("TIDAK DITEMUKAN: Pasal 2 ayat (3) [uji-rujukan]: Pasal 2 tidak memiliki ayat (3)"))
        #expect(text.stdout.contains("TIDAK DITEMUKAN: Pasal 9 [uji-rujukan]: Pasal 9 tidak ada"))
        #expect(text.stdout.contains("tidak diperiksa: Bab 9 angka 1"))
        let json = try CLIRunner.run(["citations", "--against", fixture, "--format", "json", "--lang", "en",
                                      "--no-default-rules", "--rules", rules.path])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["regulation"] as? [String: Any])?["instrument"] as? String == "Peraturan Menteri Contoh 7/2024")
        #expect((object["summary"] as? [String: Int]) == ["found": 1, "missing": 2, "unsupported": 1])
        let citations = try #require(object["citations"] as? [[String: Any]])
        #expect(citations.first { $0["article"] as? String == "Pasal 9" }?["reason"] as? String == "there is no Pasal 9")
        #expect(citations.first { $0["article"] as? String == "Pasal 3" }?["line"] as? Int == 51)
    }

    @Test("no citation of the regulation exits 0; a bad or unidentifiable file exits 2")
    func inputs() throws {
        let none = try CLIRunner.run(["citations", "--against", fixture])
        #expect(none.status == 0)
        #expect(none.stdout.contains("Tidak ada aturan yang merujuk Peraturan Menteri Contoh 7/2024."))
        let absent = try CLIRunner.run(["citations", "--against", "tidak-ada.md"])
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("tidak-ada.md: error: "))
        let anonymous = try CLIRunner.run(["citations", "--against", "Examples/kota-contoh-draf.md"])
        #expect(anonymous.status == 2)
        #expect(anonymous.stderr.contains("jenis peraturan tidak dapat ditentukan"))
        #expect(try CLIRunner.run(["citations"]).status == 2)
    }

    @Test("explain --regulation shows the cited text beside the rule")
    func explain() throws {
        let rules = try pack(instrument: "Peraturan Menteri Contoh Nomor 7 Tahun 2024", articles: ["Pasal 2 ayat (1)", "Pasal 8"])
        let output = try CLIRunner.run(["explain", "uji-rujukan", "--regulation", fixture, "--no-default-rules", "--rules", rules.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("\(fixture):43:1: \"(1) Audit Layanan dilaksanakan paling sedikit 1 (satu) kali dalam 1 (satu) tahun.\""))
        #expect(output.stdout.contains("\(fixture): tidak ditemukan: Pasal 8 tidak ada"))
    }

    @Test("the real Permenkominfo 16/2022: Pasal 4 ayat (3) resolves, Pasal 32 does not exist",
          .enabled(if: CitationsCommandTests.corpusExists))
    func realPermenkominfo() throws {
        let rules = try pack(instrument: "Permenkominfo 16/2022",
                             articles: ["Pasal 4 ayat (3)", "Pasal 16 ayat (5)", "Lampiran I", "Pasal 32"])
        let path = Self.realPermenkominfo.path
        let output = try CLIRunner.run(["citations", "--against", path, "--no-default-rules", "--rules", rules.path])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("\(path): Permenkominfo 16/2022 (32 Pasal, 4 Lampiran)"))
        #expect(output.stdout.contains("\"(3) Audit TIK pada lingkup Instansi Pusat dan Pemerintah Daerah sebagaimana dimaksud dalam Pasal 3 ayat (2) dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun.\""))
        #expect(output.stdout.contains("ok: Pasal 16 ayat (5) [uji-rujukan]"))
        #expect(output.stdout.contains("ok: Lampiran I [uji-rujukan] \(path):816:1"))
        #expect(output.stdout.contains("TIDAK DITEMUKAN: Pasal 32 [uji-rujukan]: Pasal 32 tidak ada"))
    }
}
