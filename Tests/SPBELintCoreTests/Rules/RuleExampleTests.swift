import Foundation
import Testing
@testable import SPBELintCore

/// One example document of one rule, found on disk under `Rules/`.
struct RuleExample: Sendable, CustomTestStringConvertible {
    let ruleFile: URL
    let file: URL

    var expectsFindings: Bool { file.lastPathComponent.hasPrefix("noncompliant") }
    var testDescription: String { file.pathComponents.suffix(3).joined(separator: "/") }

    /// Every example of every rule of every pack in the repository.
    static let all: [RuleExample] = {
        let packs = (try? FileManager.default.contentsOfDirectory(at: Repository.rules, includingPropertiesForKeys: nil)) ?? []
        var result: [RuleExample] = []
        for pack in packs {
            let rules = (try? FileManager.default.contentsOfDirectory(at: pack, includingPropertiesForKeys: nil)) ?? []
            for ruleFolder in rules {
                let ruleFile = ruleFolder.appendingPathComponent("rule.yml")
                guard FileManager.default.fileExists(atPath: ruleFile.path) else { continue }
                let files = (try? FileManager.default.contentsOfDirectory(at: ruleFolder, includingPropertiesForKeys: nil)) ?? []
                for file in files where ["md", "xml"].contains(file.pathExtension)
                    && (file.lastPathComponent.hasPrefix("compliant") || file.lastPathComponent.hasPrefix("noncompliant")) {
                    result.append(RuleExample(ruleFile: ruleFile, file: file))
                }
            }
        }
        return result.sorted { $0.file.path < $1.file.path }
    }()
}

@Suite("Rule examples")
struct RuleExampleTests {
    @Test("each example yields findings exactly at its markers", arguments: RuleExample.all)
    func example(_ example: RuleExample) throws {
        let pack = example.ruleFile.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
        let rule = try RuleLoader.load(example.ruleFile, pack: pack)
        let marked = MarkedDocument(try String(contentsOf: example.file, encoding: .utf8))
        let document = try marked.parse(as: example.file.lastPathComponent)
        let findings = Linter(rules: [rule]).lint(document)
        #expect(findings.map(\.position) == marked.expected, "findings: \(findings.map { "\($0.position.line):\($0.position.column) \($0.message.id)" })")
        #expect(findings.isEmpty != example.expectsFindings)
        #expect(findings.allSatisfy { $0.ruleId == rule.id })
    }

    @Test("the same examples with CRLF line endings give the same positions", arguments: RuleExample.all.filter { $0.file.pathExtension == "md" })
    func crlf(_ example: RuleExample) throws {
        let pack = example.ruleFile.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
        let rule = try RuleLoader.load(example.ruleFile, pack: pack)
        let original = try String(contentsOf: example.file, encoding: .utf8)
        let marked = MarkedDocument(original.replacingOccurrences(of: "\n", with: "\r\n"))
        let document = try marked.parse(as: example.file.lastPathComponent)
        #expect(Linter(rules: [rule]).lint(document).map(\.position) == marked.expected)
    }
}
