import Foundation
import Testing
@testable import SPBELintCore

/// Regression tests for issue 14 on the reporting side: big runs, escaping.
@Suite("Hostile inputs: reports")
struct HostileReportingTests {
    static func finding(_ rule: String, line: Int, path: String = "a.md") -> Finding {
        Finding(ruleId: rule, severity: .error, message: LocalizedText(id: "Kode salah.", en: "Bad code."), path: path,
                position: SourcePosition(line: line, column: 1), area: .arsitektur, citations: [], indicators: [],
                fingerprint: "\(rule)-\(line)")
    }

    @Test("8. findings are capped per rule and document, and the cut is reported")
    func findingCap() {
        let findings = (1...250).map { Self.finding("kode-referensi", line: $0) } + [Self.finding("lain", line: 3)]
        let capped = FindingCap.apply(findings, path: "a.md")
        #expect(capped.kept.count == FindingCap.perRuleAndDocument + 1)
        #expect(capped.kept.filter { $0.ruleId == "kode-referensi" }.last?.position.line == 100)
        #expect(capped.truncated == [TruncatedFindings(path: "a.md", ruleId: "kode-referensi", omitted: 150)])
        var result = LintResult(documents: [], findings: capped.kept, problems: [])
        result.truncated = capped.truncated
        let text = TextReporter().render(result, language: .en)
        #expect(text.contains("a.md: note: 150 more finding(s) of rule [kode-referensi] not shown"))
        let json = JSONReporter().render(result, language: .en)
        #expect(json.contains("\"omitted\" : 150"))
    }

    @Test("8. the streamed JSON report is exactly one pretty encoding of the whole report; --no-coverage leaves coverage out")
    func streamedJSON() throws {
        let markdown = "---\njudul: Rencana Induk SPBE\ntingkat: kota\nperiode: 2025-2029\n---\n\n# Visi\n\nTeks.\n\n# Misi\n\nTeks.\n"
        let document = try MarkdownDocumentParser().parse(text: markdown, path: "a.md")
        let catalog = try RuleCatalog.load()
        var result = LintResult(documents: [document, document], findings: [Self.finding("x", line: 1), Self.finding("y", line: 2)], problems: [
            InputProblem(path: "b.md", message: "rusak", messageEN: "broken"),
        ])
        let evaluation = Linter(rules: catalog.rules).evaluate(document)
        result.coverage = [evaluation.coverage, evaluation.coverage]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let whole = String(decoding: try encoder.encode(JSONReport(result: result, language: .id)), as: UTF8.self) + "\n"
        #expect(JSONReporter().render(result, language: .id) == whole)
        var pieces = 0
        JSONReporter().write(result, language: .id) { _ in pieces += 1 }
        #expect(pieces > 5)
        let empty = LintResult(documents: [], findings: [], problems: [])
        let wholeEmpty = String(decoding: try encoder.encode(JSONReport(result: empty, language: .en)), as: UTF8.self) + "\n"
        #expect(JSONReporter().render(empty, language: .en) == wholeEmpty)
        let lean = JSONReporter(includeCoverage: false).render(result, language: .id)
        #expect(!lean.contains("\"coverage\""))
        #expect((try JSONSerialization.jsonObject(with: Data(lean.utf8)) as? [String: Any])?["findings"] != nil)
    }

    @Test("17. file names with ANSI escapes and control characters are printed escaped in text output")
    func terminalSafety() {
        let path = "dok\u{1B}[2J\u{1B}[31mmerah.md"
        var result = LintResult(documents: [], findings: [Self.finding("x", line: 1, path: path)],
                                problems: [InputProblem(path: path + "\u{7}", message: "rusak", messageEN: "broken")])
        result.truncated = [TruncatedFindings(path: path, ruleId: "x", omitted: 2)]
        let text = TextReporter().render(result, language: .en)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("dok\\u{1B}[2J\\u{1B}[31mmerah.md:1:1: error:"))
        #expect(TerminalText.safe("a\tb") == "a\tb")
        #expect(TerminalText.safe("a\u{9B}b") == "a\\u{9B}b")
    }
}
