import Foundation
import Testing
@testable import SPBELintCore

/// The pipeline `check`, `risk` and `report` share: configuration, inline comments, gates, exit status.
@Suite("check pipeline")
struct CheckPipelineTests {
    /// The draft's findings with the `perpres-95-2018` pack: dasar-hukum (info, line 11),
    /// arsitektur-domain-keamanan and peta-rencana-audit-tik (warnings, lines 169 and 247).
    static let draftRules: Set<String> = ["dasar-hukum", "arsitektur-domain-keamanan", "peta-rencana-audit-tik"]

    func run(_ paths: [String], configuration: ConfigurationMode = .discover, gates: GateRequest = GateRequest(),
             inline: Bool = true) throws(RuleLoadError) -> CheckOutcome {
        var request = CheckRequest(paths: paths, configuration: configuration, gates: gates)
        request.inlineSuppressions = inline
        return try CheckPipeline(rules: GatingFixture.rules, request: request).run()
    }

    @Test("the nearest .spbelint.yml turns rules off and sets severities; --no-config ignores it")
    func configuration() throws {
        let fixture = try GatingFixture()
        let draft = try fixture.write("rencana/draf.md", GatingFixture.draft)
        let plain = try run([draft], configuration: .none)
        #expect(Set(plain.result.findings.map(\.ruleId)) == Self.draftRules)

        try fixture.write(".spbelint.yml", "rules:\n  dasar-hukum: off\n  peta-rencana-audit-tik: info\n")
        let configured = try run([draft])
        #expect(Set(configured.result.findings.map(\.ruleId)) == ["arsitektur-domain-keamanan", "peta-rencana-audit-tik"])
        #expect(configured.result.findings.first { $0.ruleId == "peta-rencana-audit-tik" }?.severity == .info)
        #expect(!configured.result.coverage[0].requirements.contains { $0.ruleId == "dasar-hukum" }, "a rule turned off is not evaluated")
        #expect(try run([draft], configuration: .none).result.findings.count == plain.result.findings.count)
    }

    @Test("inline comments hide findings when asked, and the hidden ones are kept with their reason")
    func inlineSuppressions() throws {
        let fixture = try GatingFixture()
        let draft = try fixture.write("draf.md", GatingFixture.draft(inserting: [
            "<!-- spbelint-disable-file dasar-hukum -- Dasar hukum dimuat dalam Perwali penetapan -->"], at: 247))
        let outcome = try run([draft], configuration: .none)
        #expect(!outcome.result.findings.contains { $0.ruleId == "dasar-hukum" })
        #expect(outcome.result.suppressed.map(\.finding.ruleId) == ["dasar-hukum"])
        #expect(outcome.result.suppressed.first?.suppression.justification == "Dasar hukum dimuat dalam Perwali penetapan")
        let ignored = try run([draft], configuration: .none, inline: false)
        #expect(ignored.result.findings.contains { $0.ruleId == "dasar-hukum" })
        #expect(ignored.result.suppressed.isEmpty)
    }

    @Test("exit status: findings against --fail-on, configured severities, unreadable inputs")
    func exitStatus() throws {
        let fixture = try GatingFixture()
        let draft = try fixture.write("draf.md", GatingFixture.draft)
        #expect(try run([draft], gates: GateRequest(failOn: .warning)).status == .failed)
        #expect(try run([draft], gates: GateRequest(failOn: .error)).status == .passed)
        #expect(try run([draft], gates: GateRequest(failOn: .never)).status == .passed)
        #expect(try run([draft]).status == .passed, "a request without gates fails on nothing")

        let quiet = Self.draftRules.sorted().map { "  \($0): info" }.joined(separator: "\n")
        try fixture.write(".spbelint.yml", "rules:\n" + quiet + "\n")
        #expect(try run([draft], gates: GateRequest(failOn: .warning)).status == .passed, "configured down to info")
        #expect(try run([draft], gates: GateRequest(failOn: .info)).status == .failed)

        let missing = fixture.folder.appendingPathComponent("tidak-ada.md").path
        let unreadable = try run([draft, missing], gates: GateRequest(failOn: .never))
        #expect(unreadable.status == .unusable)
        #expect(unreadable.result.documents.count == 1, "the other input is still linted")
    }

    @Test("a baseline hides known findings but --write-baseline still records them; the ratchet decides alone")
    func gates() throws {
        let fixture = try GatingFixture()
        let draft = try fixture.write("draf.md", GatingFixture.draft)
        let first = try run([draft], configuration: .none, gates: GateRequest(failOn: .info))
        #expect(first.status == .failed)
        let baselineFile = try fixture.write("baseline.json", first.baseline(in: .id).rendered())
        let second = try run([draft], configuration: .none, gates: GateRequest(baseline: baselineFile, failOn: .info))
        #expect(second.status == .passed)
        #expect(second.result.findings.isEmpty && second.result.baselineApplied)
        #expect(second.baseline(in: .id) == first.baseline(in: .id))

        let record = fixture.folder.appendingPathComponent("ratchet.json").path
        #expect(throws: RuleLoadError.self) { try run([draft], gates: GateRequest(ratchet: record)) }
        let created = try run([draft], gates: GateRequest(ratchet: record, updateRatchet: true, failOn: .info))
        #expect(created.status == .passed, "with a ratchet only a fall in coverage fails")
        #expect(created.updatedRatchet?.documents.count == 1)
    }

    @Test("a waivers file naming an unknown rule stops the run before anything is linted")
    func badWaivers() throws {
        let fixture = try GatingFixture()
        let draft = try fixture.write("draf.md", GatingFixture.draft)
        let waivers = try fixture.write("waivers.yml", """
            waivers:
              - rule: dasar-hukm
                reason: salah ketik
                owner: Diskominfo
                expires: 2099-12-31
            """)
        do throws(RuleLoadError) {
            _ = try run([draft], gates: GateRequest(waivers: waivers))
            Issue.record("expected an error")
        } catch {
            #expect(error.file == waivers && error.line == 2)
        }
    }
}
