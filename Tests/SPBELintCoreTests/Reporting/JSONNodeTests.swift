import Foundation
import Testing
@testable import SPBELintCore

/// The hand-written JSON writer (`JSONNode`) gives the same bytes as `JSONEncoder` with the report's
/// options, on every shipped example and on hostile strings, suppressions and cut findings.
@Suite("JSON writer")
struct JSONNodeTests {
    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("strings, numbers, empty and nested containers are written as JSONEncoder writes them")
    func scalarsAndContainers() throws {
        let strings = ["", "a/b", "\"q\" \\ back", "\n\r\t\u{8}\u{C}", "\u{0}\u{1}\u{1F}\u{7F}", "é\u{2028}😀 ﷽",
                       String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })]
        for string in strings {
            #expect(JSONNode.string(string).text == String((try Self.encoded([string])).dropFirst(4).dropLast(2)))
            #expect(JSONNode.array([.string(string)]).text == (try Self.encoded([string])))
        }
        #expect(JSONNode.array([.int(-5), .int(0), .int(Int.max), .bool(true), .bool(false)]).text
                == (try Self.encoded(NumbersAndFlags())))
        let nested: [String: [String: [Int]]] = ["b": [:], "a": ["z": [], "Y": [1, 2], "a10": [3], "a9": []], "_": ["x": [4]]]
        let node = JSONNode.object(nested.map { outer in
            (outer.key, JSONNode.object(outer.value.map { ($0.key, JSONNode.array($0.value.map(JSONNode.int))) }))
        })
        #expect(node.text == (try Self.encoded(nested)))
        #expect(JSONNode.array([]).text == (try Self.encoded([Int]())))
    }

    struct NumbersAndFlags: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(-5); try container.encode(0); try container.encode(Int.max)
            try container.encode(true); try container.encode(false)
        }
    }

    @Test("every shipped example's report is byte for byte the JSONEncoder encoding of the whole report")
    func examples() throws {
        let linter = Linter(rules: try RulePack.loadAll(from: Repository.rules).flatMap(\.rules))
        let files = try #require(FileManager.default.enumerator(at: Repository.examples, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { ["md", "xml", "txt", "docx", "odt", "pdf"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        #expect(files.count > 10)
        var all = LintResult(documents: [], findings: [], problems: [])
        for file in files {
            guard case .success(let document) = DocumentLoader().load(path: file.path) else { continue }
            let evaluation = linter.evaluate(document)
            var result = LintResult(documents: [document], findings: evaluation.findings, problems: [])
            result.coverage = [evaluation.coverage]
            try Self.expectSame(result, file.lastPathComponent)
            all.documents.append(document)
            all.findings += evaluation.findings
            all.coverage.append(evaluation.coverage)
        }
        #expect(all.documents.count > 10)
        try Self.expectSame(all, "all examples")
    }

    @Test("suppressed and cut findings, pages, paragraphs, heading paths and reading problems are written the same")
    func additions() throws {
        var finding = Finding(ruleId: "r\"1", severity: .warning, message: LocalizedText(id: "Pesan\u{1}/x", en: "Message"),
                              path: "a\\b.md", position: SourcePosition(line: 3, column: 4, page: 2), area: .arsitektur,
                              citations: [Citation(instrument: "Perpres 95/2018", article: "Pasal 1", paragraph: "ayat (2)",
                                                   confidence: .unconfirmed, note: "catatan")],
                              indicators: [IndicatorLink(framework: "PermenPANRB 59/2020", number: 7)],
                              fingerprint: "f", basis: .kewajiban, headingPath: ["BAB I", "Visi"])
        finding.position.paragraph = 12
        var result = LintResult(documents: [], findings: [finding], problems: [
            InputProblem(path: "b.md", message: "rusak", messageEN: "broken"),
        ])
        result.truncated = [TruncatedFindings(path: "a.md", ruleId: "x", omitted: 150)]
        result.suppressed = [
            SuppressedFinding(finding: finding, suppression: Suppression(kind: .waiver, justification: "karena", owner: "o",
                                                                         expires: "2030-01-01", source: "w.yml:3")),
            SuppressedFinding(finding: finding, suppression: Suppression(kind: .baseline, justification: nil, source: "b.json")),
        ]
        try Self.expectSame(result, "additions")
        try Self.expectSame(LintResult(documents: [], findings: [], problems: []), "empty")
    }

    static func expectSame(_ result: LintResult, _ name: String) throws {
        for language in [Language.id, .en] {
            for coverage in [true, false] {
                let whole = try encoded(JSONReport(result: result, language: language, includeCoverage: coverage)) + "\n"
                var streamed = ""
                JSONReporter(includeCoverage: coverage).write(result, language: language) { streamed += $0 }
                #expect(streamed == whole, "\(name), \(language), coverage \(coverage)")
            }
        }
    }
}
