import Foundation
import Testing

/// `spbelint check` for CI: extra reports, configuration, suppressions, waivers, baseline, ratchet,
/// and the shipped GitHub workflow and pre-commit hook run exactly as they are written.
@Suite("spbelint check in CI")
struct CIIntegrationTests {
    static let draft = CLIRunner.repository.appendingPathComponent("Examples/kota-contoh-draf.md")
    static let complete = CLIRunner.repository.appendingPathComponent("Examples/kabupaten-sukamaju-lengkap.xml")
    /// Only the tracked pack, so these tests do not depend on packs being written elsewhere.
    static let pack = ["--no-default-rules", "--rules", CLIRunner.repository.appendingPathComponent("Rules/perpres-95-2018").path]
    static let sarifSchema = CLIRunner.repository.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    /// A temporary project (with `.git`) holding a copy of the draft as `docs/draf.md`.
    func project(_ draftText: String? = nil) throws -> URL {
        let folder = try CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        let text = try draftText ?? String(contentsOf: Self.draft, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("docs/draf.md"), atomically: true, encoding: .utf8)
        return folder
    }

    /// Runs `check` with the tracked pack; the draft's gaps are warnings and info (none is a legal
    /// obligation of a regional plan), so the threshold is `info` unless the arguments set one.
    func check(_ arguments: [String], in folder: URL) throws -> CLIRunner.Output {
        let threshold = arguments.contains("--fail-on") || arguments.contains("--ratchet") ? [] : ["--fail-on", "info"]
        return try CLIRunner.run(["check"] + Self.pack + threshold + arguments, in: folder)
    }

    static func draftText(inserting lines: [String], at line: Int) throws -> String {
        var all = try String(contentsOf: draft, encoding: .utf8).components(separatedBy: "\n")
        all.insert(contentsOf: lines, at: line - 1)
        return all.joined(separator: "\n")
    }

    /// python3 jsonschema on a SARIF file (root under definitions/Root in the shared schema); nil when unavailable.
    static func validateSARIF(_ file: URL) throws -> (status: Int32, output: String)? {
        guard FileManager.default.fileExists(atPath: sarifSchema.path) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                sys.exit(3)
            schema = json.load(open(sys.argv[1])); instance = json.load(open(sys.argv[2]))
            if "type" not in schema and "properties" not in schema: schema["$ref"] = "#/definitions/Root"
            errors = list(jsonschema.Draft7Validator(schema).iter_errors(instance))
            for e in errors: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """, sarifSchema.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 3 ? nil : (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("--report FORMAT=FILE writes several reports in one run, atomically, besides stdout")
    func severalReports() throws {
        let folder = try project()
        let before = try Data(contentsOf: folder.appendingPathComponent("docs/draf.md"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let run = try check(["--report", "sarif=out/spbelint.sarif", "--report", "junit=junit.xml", "--report", "github=annotations.txt",
                             "--report", "gitlab=gl-code-quality.json", "--report", "checkstyle=checkstyle.xml",
                             "--report", "json=report.json", "docs/draf.md"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").filter { $0.hasPrefix("docs/draf.md:") && !$0.contains("dibaca sebagai") }.count == 3, "stdout keeps the text report")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [".git", "annotations.txt", "checkstyle.xml", "docs", "gl-code-quality.json", "junit.xml", "out", "report.json"],
                "no temporary file is left behind")
        #expect(try String(contentsOf: folder.appendingPathComponent("annotations.txt"), encoding: .utf8)
            .contains("::warning file=docs/draf.md,line=247,col=1,title=spbelint%3A peta-rencana-audit-tik::"))
        #expect(try String(contentsOf: folder.appendingPathComponent("junit.xml"), encoding: .utf8).contains("<testsuite name=\"docs/draf.md\""))
        #expect(try String(contentsOf: folder.appendingPathComponent("checkstyle.xml"), encoding: .utf8).contains("source=\"spbelint.dasar-hukum\""))
        let gitlab = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("gl-code-quality.json"))) as? [[String: Any]]
        #expect(gitlab?.count == 3)
        let sarifFile = folder.appendingPathComponent("out/spbelint.sarif")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sarifFile)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        if let validation = try Self.validateSARIF(sarifFile) {
            #expect(validation.status == 0, "\(validation.output)")
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("docs/draf.md")) == before, "inputs are never touched")

        let sarifOnStdout = try check(["--format", "sarif", "docs/draf.md"], in: folder)
        #expect(sarifOnStdout.stdout.hasPrefix("{") && sarifOnStdout.status == 1)
    }

    @Test("outputs never overwrite an input, a file read, or each other; bad --report values exit 2")
    func refusals() throws {
        let folder = try project()
        let input = folder.appendingPathComponent("docs/draf.md")
        let before = try Data(contentsOf: input)
        try "rules: {}\n".write(to: folder.appendingPathComponent("konfigurasi.yml"), atomically: true, encoding: .utf8)
        for arguments in [["--report", "sarif=docs/draf.md"], ["--write-baseline", "docs/draf.md"],
                          ["--report", "junit=a.xml", "--output", "a.xml"], ["--config", "konfigurasi.yml", "--report", "json=konfigurasi.yml"],
                          ["--report", "yaml=a.yml"], ["--report", "sarif="], ["--report", "sarif"],
                          ["--update-ratchet"], ["--config", "konfigurasi.yml", "--no-config"]] {
            let output = try check(arguments + ["docs/draf.md"], in: folder)
            #expect(output.status == 2, "\(arguments)")
        }
        #expect(try Data(contentsOf: input) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.xml").path))
    }

    @Test(".spbelint.yml is found upward from the document; errors exit 2 at file:line:column; --config and --no-config")
    func configuration() throws {
        let folder = try project()
        try "rules:\n  dasar-hukum: off\n  peta-rencana-audit-tik: warning\n".write(
            to: folder.appendingPathComponent(".spbelint.yml"), atomically: true, encoding: .utf8)
        let configured = try check(["docs/draf.md"], in: folder)
        #expect(configured.status == 1)
        #expect(!configured.stdout.contains("[dasar-hukum]"))
        #expect(configured.stdout.contains("warning: Peta Rencana SPBE belum memuat Audit TIK"))
        #expect(try check(["--fail-on", "error", "--no-config", "docs/draf.md"], in: folder).stdout.contains("[dasar-hukum]"))

        try "rules:\n  arsitektur-domain-keamanan: off\n".write(to: folder.appendingPathComponent("ci.yml"), atomically: true, encoding: .utf8)
        let explicit = try check(["--config", "ci.yml", "docs/draf.md"], in: folder)
        #expect(explicit.stdout.contains("[dasar-hukum]") && !explicit.stdout.contains("[arsitektur-domain-keamanan]"))

        try "rules:\n  dasar-hukum: off\nprofil: pemda\n".write(to: folder.appendingPathComponent(".spbelint.yml"), atomically: true, encoding: .utf8)
        let broken = try check(["docs/draf.md"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix(".spbelint.yml:3:1: error: unknown key 'profil'"), "\(broken.stderr)")
    }

    @Test("inline suppressions with reasons through the CLI; JSON lists them under suppressed")
    func inlineSuppressions() throws {
        let folder = try project(try Self.draftText(inserting: [
            "<!-- spbelint-disable-next-block peta-rencana-audit-tik -- Audit TIK diatur Perwali tersendiri -->"], at: 247))
        let output = try check(["--format", "json", "docs/draf.md"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect((object["findings"] as? [[String: Any]])?.count == 2)
        let suppressed = try #require((object["suppressed"] as? [[String: Any]])?.first)
        #expect(suppressed["ruleId"] as? String == "peta-rencana-audit-tik")
        #expect((suppressed["suppression"] as? [String: Any])?["justification"] as? String == "Audit TIK diatur Perwali tersendiri")
    }

    @Test("--write-baseline then --baseline: lines inserted above the findings still match; a new gap fails")
    func baseline() throws {
        let folder = try project()
        let written = try check(["--write-baseline", "spbelint-baseline.json", "docs/draf.md"], in: folder)
        #expect(written.status == 1)
        let baseline = try String(contentsOf: folder.appendingPathComponent("spbelint-baseline.json"), encoding: .utf8)
        #expect(baseline.contains("\"fingerprint\"") && baseline.contains("peta-rencana-audit-tik"))

        let moved = try Self.draftText(inserting: ["Paragraf tambahan.", "", "Paragraf lain.", "", "Dan satu lagi.", ""], at: 12)
        try moved.write(to: folder.appendingPathComponent("docs/draf.md"), atomically: true, encoding: .utf8)
        let plain = try check(["docs/draf.md"], in: folder)
        #expect(plain.stdout.contains("docs/draf.md:253:1:"), "the Peta Rencana finding moved from 247 to 253")
        let known = try check(["--baseline", "spbelint-baseline.json", "docs/draf.md"], in: folder)
        #expect(known.status == 0, "\(known.stdout)")

        let broken = moved.replacingOccurrences(of: "## 5.4 Domain Arsitektur Aplikasi SPBE", with: "## 5.4 Lain-lain")
        try broken.write(to: folder.appendingPathComponent("docs/draf.md"), atomically: true, encoding: .utf8)
        let new = try check(["--baseline", "spbelint-baseline.json", "--report", "sarif=s.sarif", "docs/draf.md"], in: folder)
        #expect(new.status == 1)
        #expect(new.stdout.contains("[arsitektur-domain-aplikasi]") && !new.stdout.contains("[dasar-hukum]"))
        let sarif = try String(contentsOf: folder.appendingPathComponent("s.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"baselineState\" : \"new\"") && sarif.contains("\"baselineState\" : \"unchanged\""))

        try "{ \"findings\": 3 }".write(to: folder.appendingPathComponent("rusak.json"), atomically: true, encoding: .utf8)
        #expect(try check(["--baseline", "rusak.json", "docs/draf.md"], in: folder).status == 2)
    }

    @Test("--ratchet fails only when coverage falls; --update-ratchet records improvements")
    func ratchet() throws {
        let folder = try project()
        let missing = try check(["--ratchet", "cakupan.json", "docs/draf.md"], in: folder)
        #expect(missing.status == 2 && missing.stderr.contains("--update-ratchet"))
        let created = try check(["--ratchet", "cakupan.json", "--update-ratchet", "docs/draf.md"], in: folder)
        #expect(created.status == 0, "findings alone do not fail in ratchet mode")
        let record = try String(contentsOf: folder.appendingPathComponent("cakupan.json"), encoding: .utf8)
        #expect(record.contains("\"path\" : \"docs/draf.md\""))

        let worse = try String(contentsOf: Self.draft, encoding: .utf8)
            .replacingOccurrences(of: "## 5.4 Domain Arsitektur Aplikasi SPBE", with: "## 5.4 Lain-lain")
        try worse.write(to: folder.appendingPathComponent("docs/draf.md"), atomically: true, encoding: .utf8)
        let fell = try check(["--ratchet", "cakupan.json", "--update-ratchet", "docs/draf.md"], in: folder)
        #expect(fell.status == 1)
        #expect(fell.stdout.contains("docs/draf.md:1:1: error: Cakupan turun dari"))
        #expect(try String(contentsOf: folder.appendingPathComponent("cakupan.json"), encoding: .utf8) == record, "a fall is not recorded")

        let better = try String(contentsOf: Self.draft, encoding: .utf8)
            .replacingOccurrences(of: "# BAB VI PETA RENCANA SPBE\n", with: "# BAB VI PETA RENCANA SPBE\n\n## 6.0 Audit TIK\n\nAudit TIK dilaksanakan setiap tahun: audit infrastruktur, audit aplikasi dan audit keamanan SPBE oleh lembaga audit TIK terakreditasi, dikoordinasikan oleh Tim Koordinasi SPBE; laporan periodik penyelenggaraan Audit TIK disampaikan melalui Koordinator SPBE.\n")
        try better.write(to: folder.appendingPathComponent("docs/draf.md"), atomically: true, encoding: .utf8)
        let rose = try check(["--ratchet", "cakupan.json", "--update-ratchet", "docs/draf.md"], in: folder)
        #expect(rose.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("cakupan.json"), encoding: .utf8) != record, "an improvement is recorded")
    }

    @Test("--waivers: waived findings pass, expired ones fail with a note, unused ones warn, bad files exit 2")
    func waivers() throws {
        let folder = try project()
        let waivers = """
            waivers:
              - rule: dasar-hukum
                path: docs/draf.md
                reason: Dasar hukum dimuat saat penetapan Perwali
                owner: Bagian Hukum
                expires: 2999-12-31
              - rule: arsitektur-domain-keamanan
                reason: Disusun bersama BSSN
                owner: Persandian
                expires: 2999-12-31
              - rule: peta-rencana-audit-tik
                reason: Audit TIK tahun depan
                owner: Inspektorat
                expires: 2000-01-31
              - rule: visi-misi-spbe
                reason: Tidak perlu lagi
                owner: Bappeda
                expires: 2999-12-31
            """
        try waivers.write(to: folder.appendingPathComponent("pengecualian.yml"), atomically: true, encoding: .utf8)
        let output = try check(["--waivers", "pengecualian.yml", "--report", "junit=junit.xml", "docs/draf.md"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("tertahan di tingkat 2. (Pengecualian di pengecualian.yml:11 oleh Inspektorat kedaluwarsa pada 2000-01-31.)"))
        #expect(output.stdout.contains("pengecualian.yml:15:5: warning: ") && output.stdout.contains("[waiver-tidak-terpakai]"))
        #expect(!output.stdout.contains("[dasar-hukum]") && !output.stdout.contains("[arsitektur-domain-keamanan]"))
        let junit = try String(contentsOf: folder.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(junit.components(separatedBy: "<skipped ").count - 1 == 2)

        try "waivers:\n  - rule: dasar-hukum\n    reason: r\n    owner: o\n    expires: besok\n".write(
            to: folder.appendingPathComponent("rusak.yml"), atomically: true, encoding: .utf8)
        let broken = try check(["--waivers", "rusak.yml", "docs/draf.md"], in: folder)
        #expect(broken.status == 2 && broken.stderr.contains("rusak.yml:5:14: error:"))
    }

    /// The `spbelint check …` command line of a file (a workflow step or a hook entry), split on spaces.
    static func commandLine(in file: String, after marker: String) throws -> [String] {
        let text = try String(contentsOf: CLIRunner.repository.appendingPathComponent(file), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains(marker) && $0.contains("spbelint check") })
        let command = line[line.range(of: marker)!.upperBound...]
        return command.split(separator: " ").map(String.init)
    }

    @Test("the GitHub workflow's lint step, run with the same flags, gates on the baseline and writes valid SARIF")
    func githubWorkflow() throws {
        let words = try Self.commandLine(in: ".github/workflows/spbelint.yml", after: "run: ")
        #expect(words.first == ".build/release/spbelint" && words[1] == "check")
        let arguments = Array(words.dropFirst())
        #expect(arguments.contains("--report") && arguments.contains("sarif=spbelint.sarif"))
        // A copy of the repository's documents; the baseline at the path the workflow names is written
        // first (the shipped one may lag behind packs being added), then the step runs as written.
        let folder = try CLIRunner.temporaryFolder()
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("Examples"), to: folder.appendingPathComponent("Examples"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".github"), withIntermediateDirectories: true)
        let baselineIndex = try #require(arguments.firstIndex(of: "--baseline"))
        let baselinePath = arguments[baselineIndex + 1]
        let paths = arguments.filter { !$0.hasPrefix("-") && !$0.contains("=") && $0 != "check" && $0 != "github" && $0 != baselinePath }
        let recorded = try CLIRunner.run(["check", "--write-baseline", baselinePath] + paths, in: folder)
        #expect(recorded.status != 2, "\(recorded.stderr)")

        let output = try CLIRunner.run(arguments, in: folder)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
        let sarif = folder.appendingPathComponent("spbelint.sarif")
        #expect(FileManager.default.fileExists(atPath: sarif.path))
        if let validation = try Self.validateSARIF(sarif) {
            #expect(validation.status == 0, "\(validation.output)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("spbelint-junit.xml").path))
        // The shipped baseline is a readable baseline file.
        let shipped = try JSONSerialization.jsonObject(with: Data(contentsOf: CLIRunner.repository.appendingPathComponent(baselinePath))) as? [String: Any]
        #expect(shipped?["schemaVersion"] as? Int == 1)
    }

    @Test("the pre-commit hook's entry, run with the same flags on the staged files, exits 1 on gaps and 0 on a clean plan")
    func preCommitHook() throws {
        let words = try Self.commandLine(in: ".pre-commit-hooks.yaml", after: "entry: ")
        #expect(words.first == "spbelint")
        let hooks = try String(contentsOf: CLIRunner.repository.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        #expect(hooks.contains("language: system") && hooks.contains("pass_filenames: true"))
        let folder = try CLIRunner.temporaryFolder()
        // A draft Perwali with drafting errors (kewajiban under UU 12/2011 Lampiran II) fails the hook.
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("Examples/perwali-kota-contoh-draf-bermasalah.md"),
                                         to: folder.appendingPathComponent("draf.md"))
        try FileManager.default.copyItem(at: Self.complete, to: folder.appendingPathComponent("lengkap.xml"))
        #expect(try CLIRunner.run(Array(words.dropFirst()) + ["draf.md", "lengkap.xml"], in: folder).status == 1)
        #expect(try CLIRunner.run(Array(words.dropFirst()) + ["lengkap.xml"], in: folder).status == 0)
    }
}
