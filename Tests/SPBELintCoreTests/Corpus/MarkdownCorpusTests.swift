import Foundation
import Testing
@testable import SPBELintCore

/// One measured Markdown file of the shared real corpus and its heading counts.
struct CorpusFact: Decodable, Sendable, CustomTestStringConvertible {
    let file: String
    let headings_by_level: [String: Int]?
    var testDescription: String { file }

    static let markdown: [CorpusFact] = {
        let url = Repository.sharedCorpus.appendingPathComponent("facts.json")
        guard let data = try? Data(contentsOf: url),
              let facts = try? JSONDecoder().decode([CorpusFact].self, from: data) else { return [] }
        return facts.filter { $0.file.hasSuffix(".md") && $0.headings_by_level != nil }
    }()
}

@Suite("Real corpus (skipped without ../shared)", .enabled(if: Repository.sharedCorpusExists))
struct MarkdownCorpusTests {
    /// The corpus counts ATX (`#`) headings; CommonMark also makes a paragraph followed by a lone
    /// `-` line a setext heading, which the measured facts leave out.
    @Test("real regulations parse with the measured number of ATX headings per level", arguments: CorpusFact.markdown)
    func headings(_ fact: CorpusFact) throws {
        let path = Repository.sharedCorpus.appendingPathComponent(fact.file).path
        let document = try DocumentLoader().load(path: path).get()
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let atx = document.sections.filter { lines[$0.position.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        for (level, count) in fact.headings_by_level ?? [:] {
            let parsed = atx.filter { $0.level == Int(level) }.count
            #expect(parsed == count, "level \(level) in \(fact.file)")
        }
    }
}
