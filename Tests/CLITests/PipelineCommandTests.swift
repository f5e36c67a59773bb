import Foundation
import Testing

/// `risk` and `report` go through the pipeline of `check`: a `.spbelint.yml` and inline comments
/// change what they say as they change what `check` finds.
@Suite("risk and report honour the configuration and inline suppressions")
struct PipelineCommandTests {
    /// The draft's `peta-rencana-audit-tik` finding is the one that puts indicator 12 at risk.
    static let rule = "peta-rencana-audit-tik"
    static let reason = "Audit TIK diatur dalam Perwali tersendiri"

    /// A copy of the draft in a folder of its own (a `.git` folder ends the search for `.spbelint.yml`).
    func folder(configuration: String? = nil, appending comment: String? = nil) throws -> URL {
        let folder = try CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        var draft = try String(contentsOf: CLIRunner.repository.appendingPathComponent("Examples/kota-contoh-draf.md"), encoding: .utf8)
        if let comment { draft += "\n" + comment + "\n" }
        try draft.write(to: folder.appendingPathComponent("draf.md"), atomically: true, encoding: .utf8)
        if let configuration {
            try configuration.write(to: folder.appendingPathComponent(".spbelint.yml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// The indicators `risk --format json` puts at risk.
    func indicators(in folder: URL, _ extra: [String] = []) throws -> Set<Int> {
        let output = try CLIRunner.run(["risk", "--format", "json", "draf.md"] + extra, in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let document = try #require((object["documents"] as? [[String: Any]])?.first)
        return Set((document["indicators"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? Int })
    }

    /// The rules `check --format json` reports.
    func checked(in folder: URL) throws -> Set<String> {
        let output = try CLIRunner.run(["check", "--format", "json", "--fail-on", "never", "draf.md"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        return Set((object["findings"] as? [[String: Any]] ?? []).compactMap { $0["ruleId"] as? String })
    }

    @Test("a rule turned off in .spbelint.yml puts no indicator at risk and leaves the gap report; --no-config brings it back")
    func configuration() throws {
        let plain = try folder()
        #expect(try indicators(in: plain).contains(12))
        #expect(try checked(in: plain).contains(Self.rule))

        let configured = try folder(configuration: "rules:\n  \(Self.rule): off\n")
        #expect(try !checked(in: configured).contains(Self.rule))
        #expect(try !indicators(in: configured).contains(12))
        #expect(try indicators(in: configured).contains(11), "other gaps are still at risk")
        #expect(try indicators(in: configured, ["--no-config"]).contains(12))

        let report = try CLIRunner.run(["report", "--format", "md", "draf.md"], in: configured)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!report.stdout.contains(Self.rule), "a rule turned off is not a requirement of the report")
        #expect(report.stdout.contains("arsitektur-domain-keamanan"))
        let unconfigured = try CLIRunner.run(["report", "--format", "md", "--no-config", "draf.md"], in: configured)
        #expect(unconfigured.stdout.contains(Self.rule))
    }

    @Test("an inline spbelint-disable comment hides the finding from risk and report, which give its reason")
    func inlineSuppression() throws {
        let folder = try folder(appending: "<!-- spbelint-disable-file \(Self.rule) -- \(Self.reason) -->")
        #expect(try !checked(in: folder).contains(Self.rule))
        #expect(try !indicators(in: folder).contains(12))

        let report = try CLIRunner.run(["report", "--format", "md", "draf.md"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!report.stdout.contains("belum memuat Audit TIK"), "the hidden finding's message is not listed")
        #expect(report.stdout.contains("Temuan disembunyikan dengan alasan: \(Self.reason)"))
        let html = try CLIRunner.run(["report", "draf.md", "--lang", "en"], in: folder)
        #expect(html.stdout.contains("Finding suppressed because: \(Self.reason)"))
    }

    @Test("a broken .spbelint.yml stops risk and report at file:line:column with exit 2, as it stops check")
    func brokenConfiguration() throws {
        let folder = try folder(configuration: "rules:\n  bukan-aturan: off\n")
        for command in [["check"], ["risk"], ["report", "--format", "md"]] {
            let output = try CLIRunner.run(command + ["draf.md"], in: folder)
            #expect(output.status == 2, "\(command)")
            #expect(output.stderr.contains(".spbelint.yml:2:"), "\(command): \(output.stderr)")
        }
    }
}
