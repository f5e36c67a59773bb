import Foundation
import Testing

@Suite("spbelint check")
struct CheckCommandTests {
    let draft = "Examples/kota-contoh-draf.md"
    let complete = "Examples/kabupaten-sukamaju-lengkap.xml"

    @Test("the draft's three gaps print as path:line:col: severity: message [rule] (citation), exit 1")
    func draftText() throws {
        let output = try CLIRunner.run(["check", "--fail-on", "warning", draft])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").filter { $0.hasPrefix(draft + ":") && !$0.contains(": dibaca sebagai: ") }
        #expect(lines.count == 3)
        #expect(lines.contains { $0.hasPrefix("\(draft):169:1: warning: ")
            && $0.contains("[arsitektur-domain-keamanan] (kriteria evaluasi menurut Permenpan RB 59/2020 Lampiran I, indikator 11") })
        #expect(lines.contains { $0.hasPrefix("\(draft):11:1: info: ") && $0.contains("[dasar-hukum] (praktik baik; lihat Perpres 95/2018") })
        #expect(try CLIRunner.run(["check", draft]).status == 0, "a regional draft has no unmet obligation: exit 0 at --fail-on error")
        #expect(output.stdout.contains("\(draft): dibaca sebagai: Rencana Induk SPBE, Pemerintah Kota Contoh, 2025-2029, rancangan"))
        #expect(!output.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test("--coverage prints per-area totals and each requirement")
    func coverageText() throws {
        let output = try CLIRunner.run(["check", "--coverage", "--lang", "en", draft])
        #expect(output.stdout.contains("Coverage of \(draft): 9"))
        #expect(output.stdout.contains("[x] peta-rencana-audit-tik"))
        #expect(output.stdout.contains("[v] arsitektur-domain-aplikasi  (5.4 Domain Arsitektur Aplikasi SPBE, line 221: \"5.4 Domain Arsitektur Aplikasi SPBE: Referensi"))
    }

    @Test("a complete plan exits 0")
    func completeExitsZero() throws {
        let output = try CLIRunner.run(["check", complete])
        #expect(output.status == 0)
        #expect(output.stdout.contains("0 kesalahan"))
    }

    @Test("JSON carries the contract's fields")
    func json() throws {
        let output = try CLIRunner.run(["check", "--format", "json", "--fail-on", "warning", draft, complete])
        #expect(output.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        let xml = try #require(documents.first { ($0["path"] as? String) == complete })
        #expect(xml["format"] as? String == "xml")
        #expect(xml["profile"] as? String == "pemda")
        let period = try #require(xml["period"] as? [String: Any])
        #expect(period["start"] as? Int == 2025 && period["end"] as? Int == 2029 && period["text"] as? String == "2025-2029")
        #expect(xml["kind"] as? String == "rencana-induk")
        let findings = try #require(object["findings"] as? [[String: Any]])
        let audit = try #require(findings.first { $0["ruleId"] as? String == "peta-rencana-audit-tik" })
        #expect(audit["area"] as? String == "audit-tik")
        #expect(audit["severity"] as? String == "warning")
        #expect(audit["basis"] as? String == "kriteria-evaluasi")
        #expect(audit["line"] as? Int == 247 && audit["column"] as? Int == 1)
        #expect((audit["fingerprint"] as? String)?.count == 32)
        let citation = try #require((audit["citations"] as? [[String: Any]])?.first)
        #expect(citation["confidence"] as? String == "confirmed")
        #expect((audit["indicators"] as? [[String: Any]])?.contains { $0["number"] as? Int == 12 } == true)
        #expect((object["summary"] as? [String: Int]) == ["error": 0, "warning": 2, "info": 1])
        let coverage = try #require(object["coverage"] as? [[String: Any]])
        let draftCoverage = try #require(coverage.first { ($0["path"] as? String) == draft })
        #expect((draftCoverage["percent"] as? Int).map { $0 > 80 && $0 < 100 } == true)
        let requirements = try #require(draftCoverage["requirements"] as? [[String: Any]])
        #expect(requirements.first { $0["ruleId"] as? String == "peta-rencana-audit-tik" }?["status"] as? String == "not-met")
    }

    @Test("messages are Indonesian by default and English with --lang en or LANG=en")
    func languages() throws {
        #expect(try CLIRunner.run(["check", draft]).stdout.contains("Peta Rencana SPBE belum memuat Audit TIK; indikator 12 Permenpan RB 59/2020 tertahan di tingkat 2."))
        #expect(try CLIRunner.run(["check", "--lang", "en", draft]).stdout.contains("The SPBE Roadmap does not cover ICT audit (Audit TIK)"))
        #expect(try CLIRunner.run(["check", draft], environment: ["LANG": "en_GB.UTF-8"]).stdout.contains("does not cover ICT audit"))
    }

    @Test("--fail-on sets the threshold")
    func failOn() throws {
        #expect(try CLIRunner.run(["check", "--fail-on", "never", draft]).status == 0)
        #expect(try CLIRunner.run(["check", "--fail-on", "warning", complete]).status == 0)
    }

    @Test("bad inputs exit 2 with path:line:col while the other inputs are still linted")
    func badInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        let malformed = folder.appendingPathComponent("rusak.xml")
        try "<dokumen>\n  <bagian>\n</dokumen>\n".write(to: malformed, atomically: true, encoding: .utf8)
        let empty = folder.appendingPathComponent("kosong.md")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["check", "tidak-ada.md", malformed.path, empty.path, draft])
        #expect(output.status == 2)
        #expect(output.stdout.contains("tidak-ada.md: error: "), "a missing file has no line")
        #expect(output.stdout.contains("\(malformed.path):3:"))
        #expect(output.stdout.contains("\(empty.path): error: Berkas kosong."))
        #expect(output.stdout.contains("[peta-rencana-audit-tik]"), "the good input is still linted")
    }

    @Test("a bad flag exits 2")
    func badFlag() throws {
        let output = try CLIRunner.run(["check", "--format", "yaml", draft])
        #expect(output.status == 2)
        #expect(output.stderr.contains("yaml"))
    }

    @Test("--output writes the report atomically and never overwrites an input")
    func outputFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        let report = folder.appendingPathComponent("laporan.json")
        let output = try CLIRunner.run(["check", "--format", "json", "--fail-on", "warning", "--output", report.path, draft])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(try String(contentsOf: report, encoding: .utf8).contains("\"schemaVersion\" : 1"))
        let copy = folder.appendingPathComponent("draf.md")
        try FileManager.default.copyItem(atPath: CLIRunner.repository.appendingPathComponent(draft).path, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        let refused = try CLIRunner.run(["check", "--output", copy.path, copy.path])
        #expect(refused.status == 2)
        #expect(try Data(contentsOf: copy) == before)
    }

    @Test("the default packs are found from any working directory")
    func anyDirectory() throws {
        let elsewhere = try CLIRunner.temporaryFolder()
        let output = try CLIRunner.run(["check", "--fail-on", "info", CLIRunner.repository.appendingPathComponent(draft).path], in: elsewhere)
        #expect(output.status == 1)
        #expect(output.stdout.contains("[dasar-hukum]"))
    }

    @Test("a broken user pack exits 2 naming file:line:column")
    func brokenPack() throws {
        let pack = try CLIRunner.temporaryFolder()
        try "id: uji\ntitle: { id: Uji, en: Test }\nversion: 0.1.0\n".write(to: pack.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        let rule = pack.appendingPathComponent("aturan-uji")
        try FileManager.default.createDirectory(at: rule, withIntermediateDirectories: true)
        try "id: aturan-uji\nkind: required-section\nseverity: error\narea: bukan-area\n".write(
            to: rule.appendingPathComponent("rule.yml"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["check", "--rules", pack.path, draft])
        #expect(output.status == 2)
        #expect(output.stderr.contains("aturan-uji/rule.yml:"))
    }
}

@Suite("spbelint rules and explain")
struct RulesCommandTests {
    @Test("rules lists every rule with area and citation")
    func rules() throws {
        let output = try CLIRunner.run(["rules"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("peta-rencana-audit-tik\twarning\taudit-tik\tPermenpan RB 59/2020 Lampiran I, indikator 12"))
        let ruleFiles = FileManager.default.enumerator(atPath: CLIRunner.repository.appendingPathComponent("Rules").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix("/rule.yml") }.count ?? 0
        #expect(ruleFiles > 50)
        #expect(output.stdout.split(separator: "\n").filter { $0.contains("\t") }.count == ruleFiles, "one line per rule")
    }

    @Test("explain shows the citation, confidence and the examples")
    func explain() throws {
        let output = try CLIRunner.run(["explain", "dokumen-periode", "--lang", "en"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Perpres 95/2018 Pasal 19 ayat (2) [confirmed]"))
        #expect(output.stdout.contains("--- noncompliant-enam-tahun.md ---"))
        #expect(try CLIRunner.run(["explain", "tidak-ada"]).status == 2)
        let concepts = try CLIRunner.run(["explain", "manajemen-delapan-area", "--lang", "en"])
        #expect(concepts.stdout.contains("manajemen-layanan: service management"))
        #expect(concepts.stdout.contains("standards: iso 20000"))
        #expect(concepts.stdout.contains("abbreviations: itsm; itil"))
    }
}

@Suite("spbelint risk")
struct RiskCommandTests {
    @Test("the draft's gaps put indicators 1, 2, 11 and 12 at risk, capped at level 2")
    func risk() throws {
        let output = try CLIRunner.run(["risk", "--format", "json", "Examples/kota-contoh-draf.md"])
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let document = try #require((object["documents"] as? [[String: Any]])?.first)
        let indicators = try #require(document["indicators"] as? [[String: Any]])
        #expect(Set(indicators.compactMap { $0["number"] as? Int }) == [1, 2, 11, 12])
        #expect(indicators.first { $0["number"] as? Int == 11 }?["maxLevel"] as? Int == 2)
        let complete = try CLIRunner.run(["risk", "Examples/kabupaten-sukamaju-lengkap.xml"])
        #expect(complete.stdout.contains(": 0 indikator"))
    }
}
