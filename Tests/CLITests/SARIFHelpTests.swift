import Foundation
import Testing

/// SARIF rules carry their help inline and no URI: spbelint has no public address, and SARIF's
/// `helpUri` and `informationUri` must be absolute (README, "Reports for CI").
@Suite("SARIF help")
struct SARIFHelpTests {
    @Test("every rule has help text with its tier; no helpUri or informationUri is made up")
    func helpWithoutURI() throws {
        let run = try CLIRunner.run(["check", "--format", "sarif", "--fail-on", "never", "Examples/kota-contoh-draf.md"])
        #expect(run.status == 0, "\(run.stderr)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["informationUri"] == nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(!rules.isEmpty)
        for rule in rules {
            #expect(rule["helpUri"] == nil)
            let help = try #require(rule["help"] as? [String: Any], "\(rule["id"] ?? "")")
            #expect(!((help["text"] as? String) ?? "").isEmpty)
        }
        #expect(run.stdout.contains("Kekuatan hukum") || run.stdout.contains("kewajiban") || run.stdout.contains("praktik baik"))
    }
}
