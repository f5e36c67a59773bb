import Foundation
import Testing

/// The conventions users know from other linters: stdin, quiet, stats, colour, did-you-mean,
/// init, generated rule pages, plain summaries.
@Suite("CLI conventions")
struct ConventionsTests {
    let draft = "Examples/kota-contoh-draf.md"

    @Test("- reads standard input, reported and configured as --stdin-filename")
    func standardInput() throws {
        let text = try Data(contentsOf: CLIRunner.repository.appendingPathComponent(draft))
        let run = try CLIRunner.run(["check", "--fail-on", "warning", "--stdin-filename", "rencana/draf.md", "-"], input: text)
        #expect(run.status == 1)
        #expect(run.stdout.contains("rencana/draf.md:169:1: warning: "), "\(run.stdout)\(run.stderr)")
        let bare = try CLIRunner.run(["check", "-"], input: text)
        #expect(bare.stdout.contains("-:247:1: warning: "))
        let empty = try CLIRunner.run(["check", "-"], input: Data())
        #expect(empty.status == 2 && empty.stdout.contains("-: error: "))
    }

    @Test("--quiet keeps errors only; --stats prints per-rule counts and time on stderr")
    func quietAndStats() throws {
        let loud = try CLIRunner.run(["check", "--fail-on", "never", "Examples/perwali-kota-contoh-draf-bermasalah.md", draft])
        #expect(loud.stdout.contains("dibaca sebagai"))
        let quiet = try CLIRunner.run(["check", "--quiet", "--stats", "Examples/perwali-kota-contoh-draf-bermasalah.md", draft])
        let findingLines = quiet.stdout.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": info: ") }
        #expect(!findingLines.isEmpty && findingLines.allSatisfy { $0.contains(": error: ") })
        #expect(!quiet.stdout.contains("dibaca sebagai"))
        #expect(quiet.stderr.contains("Dokumen: 2") && quiet.stderr.contains("perkada-penomoran-pasal") && quiet.stderr.contains("Waktu: "))
    }

    @Test("--color always/never and FORCE_COLOR; NO_COLOR and pipes stay plain")
    func colour() throws {
        #expect(try CLIRunner.run(["check", "--color", "always", draft]).stdout.contains("\u{1B}[1;33mwarning"))
        #expect(!(try CLIRunner.run(["check", "--color", "never", draft], environment: ["FORCE_COLOR": "1"]).stdout.contains("\u{1B}[")))
        #expect(try CLIRunner.run(["check", draft], environment: ["FORCE_COLOR": "1"]).stdout.contains("\u{1B}["))
        #expect(!(try CLIRunner.run(["check", draft]).stdout.contains("\u{1B}[")))
    }

    @Test("a mistyped command is not taken for a path; a mistyped rule id gets a suggestion")
    func didYouMean() throws {
        let run = try CLIRunner.run(["chek", draft])
        #expect(run.status == 2 && run.stderr.contains("did you mean `check`?"))
        let explain = try CLIRunner.run(["explain", "dasar-hukum-perpres95"])
        #expect(explain.status == 2 && explain.stderr.contains("Did you mean 'dasar-hukum-perpres-95'?"))
        #expect(try CLIRunner.run(["check", "--profile", "unknown", draft]).status == 2, "unknown is not a profile to force")
    }

    @Test("English summary without (s); Indonesian summary without the loanword error")
    func summaries() throws {
        let en = try CLIRunner.run(["check", "--lang", "en", draft])
        #expect(en.stdout.contains("1 document checked: 0 errors, 2 warnings, 1 info."))
        let id = try CLIRunner.run(["check", draft])
        #expect(id.stdout.contains("1 dokumen diperiksa: 0 kesalahan, 2 peringatan, 1 info."))
    }

    @Test("report refuses an output extension it cannot write")
    func reportExtension() throws {
        let run = try CLIRunner.run(["report", draft, "--output", "/tmp/laporan-\(UUID().uuidString).pdf"])
        #expect(run.status == 2 && run.stderr.contains("HTML (.html) or Markdown (.md)"))
    }

    @Test("init writes a commented configuration the loader accepts, and never overwrites it")
    func initConfiguration() throws {
        let folder = try CLIRunner.temporaryFolder()
        let made = try CLIRunner.run(["init", folder.path, "--profile", "pemda"])
        #expect(made.status == 0, "\(made.stderr)")
        let config = try String(contentsOf: folder.appendingPathComponent(".spbelint.yml"), encoding: .utf8)
        #expect(config.contains("profile: pemda"))
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent(draft), to: folder.appendingPathComponent("draf.md"))
        let check = try CLIRunner.run(["check", "--fail-on", "warning", "draf.md"], in: folder)
        #expect(check.status == 1, "\(check.stderr)")
        #expect(try CLIRunner.run(["init", folder.path]).status == 2)
    }

    @Test("Docs/rules is what `spbelint rules --docs` generates from the packs (not stale)")
    func ruleDocsAreCurrent() throws {
        let folder = try CLIRunner.temporaryFolder()
        let run = try CLIRunner.run(["rules", "--docs", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let shipped = CLIRunner.repository.appendingPathComponent("Docs/rules")
        let generated = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: shipped.path).sorted() == generated,
                "regenerate with: spbelint rules --docs Docs/rules")
        for name in generated {
            let fresh = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let kept = try String(contentsOf: shipped.appendingPathComponent(name), encoding: .utf8)
            #expect(fresh == kept, "Docs/rules/\(name) is stale: spbelint rules --docs Docs/rules")
        }
        let page = try String(contentsOf: folder.appendingPathComponent("dasar-hukum.md"), encoding: .utf8)
        #expect(page.contains("Tier (dasar)") && !page.contains("↓"))
    }
}
