import Foundation
import Testing

/// The shipped examples give the same report as recorded: a change of the engine (parsing,
/// analysis, rule evaluation) must not change a finding, a position or a coverage line.
///
/// When a change of findings is intended (a rule or a pack changed), record the new report with
/// `SPBELINT_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` and review the diff.
@Suite("Golden output")
struct GoldenOutputTests {
    static let golden = CLIRunner.repository.appendingPathComponent("Tests/Golden/examples-check.json")

    @Test("check --format json Examples gives the recorded report (tool version left out)")
    func examplesReport() throws {
        let output = try CLIRunner.run(["check", "--no-config", "--format", "json", "Examples"],
                                       environment: ["SPBELINT_NO_CACHE": "1"])
        #expect(output.status == 1, "\(output.stderr)")
        let actual = try Self.normalized(output.stdout)
        if ProcessInfo.processInfo.environment["SPBELINT_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: Self.golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        if actual != expected {
            let first = zip(actual.split(separator: "\n", omittingEmptySubsequences: false),
                            expected.split(separator: "\n", omittingEmptySubsequences: false)).enumerated()
                .first { $0.element.0 != $0.element.1 }
            Issue.record("""
                The report of Examples/ differs from Tests/Golden/examples-check.json \
                (first difference at line \((first?.offset ?? 0) + 1): \(first.map { "\($0.element.0) vs \($0.element.1)" } ?? "length")). \
                If the change is intended, run SPBELINT_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests.
                """)
        }
    }

    /// The report as sorted, pretty JSON without the fields that change between builds.
    static func normalized(_ json: String) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        object.removeValue(forKey: "tool")
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
