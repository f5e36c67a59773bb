import Foundation
import Testing
@testable import SPBELintCore

@Suite("SARIF report")
struct SARIFReporterTests {
    static let schema = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    /// The draft with an inline suppression, a waiver and a baseline, so every SARIF feature is used.
    func result(_ fixture: GatingFixture) throws -> LintResult {
        let path = try fixture.write("docs/draf.md", GatingFixture.draft(
            inserting: ["<!-- spbelint-disable-next-block peta-rencana-audit-tik -- Audit TIK diatur Perwali terpisah -->"], at: 247))
        var result = try fixture.lint([path])
        let keamanan = try #require(result.findings.first { $0.ruleId == "arsitektur-domain-keamanan" })
        Waivers(file: "waivers.yml", entries: [Waiver(fingerprint: keamanan.fingerprint, rule: nil, path: nil, reason: "Menunggu BSSN",
                                                      owner: "Diskominfo", expires: "2999-12-31", position: .start)])
            .apply(to: &result, today: "2026-01-01")
        Baseline(findings: []).apply(to: &result, file: "baseline.json")
        return result
    }

    func log(_ fixture: GatingFixture, language: Language = .id) throws -> [String: Any] {
        let text = SARIFReporter(baseDirectory: fixture.folder.path).render(try result(fixture), language: language)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("valid against the SARIF 2.1.0 schema", .enabled(if: FileManager.default.fileExists(atPath: schema.path) && JSONSchemaCheck.available))
    func schemaValid() throws {
        let fixture = try GatingFixture()
        let file = fixture.folder.appendingPathComponent("out.sarif")
        try SARIFReporter(baseDirectory: fixture.folder.path).render(try result(fixture), language: .id)
            .write(to: file, atomically: true, encoding: .utf8)
        let check = try JSONSchemaCheck.validate(instance: file, schema: Self.schema)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test("the schema check can fail: a result with an unknown level is rejected", .enabled(if: FileManager.default.fileExists(atPath: schema.path) && JSONSchemaCheck.available))
    func schemaCheckFails() throws {
        let fixture = try GatingFixture()
        var object = try log(fixture)
        var runs = try #require(object["runs"] as? [[String: Any]])
        var results = try #require(runs[0]["results"] as? [[String: Any]])
        results[0]["level"] = "fatal"
        runs[0]["results"] = results
        object["runs"] = runs
        let file = fixture.folder.appendingPathComponent("broken.sarif")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        #expect(try JSONSchemaCheck.validate(instance: file, schema: Self.schema).status != 0)
    }

    @Test("meets GitHub code scanning: driver name, version, rules; ruleId, level, relative uri, region, fingerprints")
    func githubRequirements() throws {
        let fixture = try GatingFixture()
        let object = try log(fixture)
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "spbelint")
        #expect(driver["version"] as? String == SPBELintVersion.current)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count, "rule ids are unique")
        let audit = try #require(rules.first { $0["id"] as? String == "peta-rencana-audit-tik" })
        let help = try #require((audit["help"] as? [String: Any])?["text"] as? String)
        #expect(help.contains("Dasar hukum: kriteria evaluasi menurut Permenpan RB 59/2020 Lampiran I, indikator 12"))
        #expect((audit["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
        let properties = try #require(audit["properties"] as? [String: Any])
        #expect(properties["basis"] as? String == "kriteria-evaluasi")
        #expect((properties["legalForce"] as? String)?.hasPrefix("kriteria evaluasi menurut Permenpan RB 59/2020") == true)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for result in results {
            let ruleId = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == ruleId)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            let location = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "docs/draf.md")
            let region = try #require(location["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1 && (region["startColumn"] as? Int ?? 0) >= 1)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints["spbelintFingerprint/v1"]?.count == 32)
        }
        let dasar = try #require(results.first { $0["ruleId"] as? String == "dasar-hukum" })
        #expect(dasar["baselineState"] as? String == "new")
        #expect(dasar["suppressions"] == nil)
        let inline = try #require(results.first { $0["ruleId"] as? String == "peta-rencana-audit-tik" })
        let inSource = try #require((inline["suppressions"] as? [[String: Any]])?.first)
        #expect(inSource["kind"] as? String == "inSource")
        #expect(inSource["justification"] as? String == "Audit TIK diatur Perwali terpisah")
        let waived = try #require(results.first { $0["ruleId"] as? String == "arsitektur-domain-keamanan" })
        let external = try #require((waived["suppressions"] as? [[String: Any]])?.first)
        #expect(external["kind"] as? String == "external")
        #expect((external["properties"] as? [String: Any])?["owner"] as? String == "Diskominfo")
    }

    @Test("paths outside the base folder become file URIs; unreadable inputs become notifications")
    func urisAndNotifications() throws {
        #expect(ReportText.uri("/elsewhere/a b.md", base: "/work") == "file:///elsewhere/a%20b.md")
        #expect(ReportText.uri("docs/a.md", base: "/work") == "docs/a.md")
        var result = LintResult(documents: [], findings: [], problems: [InputProblem(path: "hilang.md", message: "Tidak ada.", messageEN: "Missing.")])
        result.rules = []
        let text = SARIFReporter(baseDirectory: "/work").render(result, language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let invocation = try #require(((object["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first?["level"] as? String == "error")
    }
}
