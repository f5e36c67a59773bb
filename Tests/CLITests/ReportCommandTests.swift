import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("spbelint report")
struct ReportCommandTests {
    let draft = "Examples/kota-contoh-draf.md"
    let complete = "Examples/kabupaten-sukamaju-lengkap.xml"

    /// Runs `spbelint report` with the Perpres 95/2018 pack only, so that packs being written elsewhere do
    /// not change these tests.
    private func report(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRunner.Output {
        try CLIRunner.run(["report", "--no-default-rules", "--rules", "Rules/perpres-95-2018"] + arguments, environment: environment)
    }

    /// Whether a text parses as XML (libxml2 through XMLParser, which stops at the first error).
    private func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test("--output FILE.html writes one well-formed, self-contained HTML file and exits 0 despite findings")
    func html() throws {
        let folder = try CLIRunner.temporaryFolder()
        let output = folder.appendingPathComponent("laporan.html")
        let run = try report([draft, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(isWellFormed(html))
        #expect(html.contains("Peta Rencana SPBE belum memuat Audit TIK;"))
        #expect(html.contains("<svg class=\"chart bar-chart\""))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
    }

    @Test("the format follows --format, else the extension of --output; Markdown to stdout")
    func markdown() throws {
        let stdout = try report([draft, "--format", "md"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("# Laporan Kesenjangan SPBE\n"))
        #expect(stdout.stdout.contains("### Matriks cakupan persyaratan"))
        let output = try CLIRunner.temporaryFolder().appendingPathComponent("laporan.md")
        #expect(try report([draft, "--output", output.path]).status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("# Laporan Kesenjangan SPBE"))
        #expect(try report([draft]).stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("--lang en and LANG=en give an English report")
    func english() throws {
        let flag = try report([draft, "--lang", "en"]).stdout
        #expect(flag.contains("<html lang=\"en\">") && flag.contains("SPBE Gap Report") && flag.contains("Verdict: <strong>Ready for enactment, with notes</strong>"))
        #expect(!flag.contains("Ringkasan"))
        let environment = try report([draft, "--format", "md"], environment: ["LANG": "en_US.UTF-8"]).stdout
        #expect(environment.hasPrefix("# SPBE Gap Report"))
    }

    @Test("--compare OLD NEW shows what improved and regressed; the same plan twice is paired by itself")
    func compare() throws {
        let folder = try CLIRunner.temporaryFolder()
        var text = try String(contentsOf: CLIRunner.repository.appendingPathComponent(draft), encoding: .utf8)
        text = text.replacingOccurrences(of: "## 6.4 Infrastruktur SPBE dan Keamanan SPBE\n",
                                         with: "## 6.4 Infrastruktur SPBE dan Keamanan SPBE\n\nAudit TIK dilaksanakan setiap tahun.\n")
        let revised = folder.appendingPathComponent("draf-v2.md")
        try text.write(to: revised, atomically: true, encoding: .utf8)

        let explicit = try report(["--format", "md", "--compare", draft, revised.path])
        #expect(explicit.status == 0, "\(explicit.stderr)")
        #expect(explicit.stdout.contains("## Perubahan antarversi"))
        #expect(explicit.stdout.contains("| Audit TIK | ✗ Belum dipenuhi | ✓ Terpenuhi | ▲ Membaik | `peta-rencana-audit-tik` |"))
        #expect(explicit.stdout.contains("Urutan versi menurut: urutan argumen --compare"))

        let automatic = try report([draft, revised.path, "--lang", "en"])
        #expect(isWellFormed(automatic.stdout))
        #expect(automatic.stdout.contains("Changes between versions") && automatic.stdout.contains("▲ Improved"))
        #expect(automatic.stdout.contains("class=\"comparison\""), "two documents get the comparison table")

        let one = try report(["--compare", draft])
        #expect(one.status == 2)
        #expect(one.stderr.contains("--compare takes exactly two paths"))
    }

    @Test("--index charts the eight aspects as a radar")
    func index() throws {
        let run = try report([draft, "--index", "Examples/index/kota-contoh-2023.yml",
                                     "--index", "Examples/index/kota-contoh-2024.yml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(isWellFormed(run.stdout))
        #expect(run.stdout.contains("<svg class=\"chart radar-chart\""))
        #expect(run.stdout.contains("Pemerintah Kota Contoh 2023") && run.stdout.contains("Pemerintah Kota Contoh 2024"))
        #expect(run.stdout.contains("Penilaian mandiri Indeks SPBE"))
    }

    @Test("bad inputs exit 2 with path:line:col while the report still covers the others; inputs are never overwritten")
    func badInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        let output = folder.appendingPathComponent("laporan.html")
        let run = try report([draft, "tidak-ada.md", "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("tidak-ada.md: error: "))
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("Masukan yang tidak dapat dibaca") && html.contains("Rencana Induk SPBE Kota Contoh"))

        let copy = folder.appendingPathComponent("draf.md")
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent(draft), to: copy)
        let overwrite = try report([copy.path, "--output", copy.path])
        #expect(overwrite.status == 2)
        #expect(try String(contentsOf: copy, encoding: .utf8).hasPrefix("---\njudul:"))

        let badIndex = try report([draft, "--index", "tidak-ada.yml"])
        #expect(badIndex.status == 2)
        #expect(isWellFormed(badIndex.stdout))
    }
}
