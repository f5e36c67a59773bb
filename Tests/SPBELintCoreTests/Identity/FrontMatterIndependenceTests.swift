import Foundation
import Testing
@testable import SPBELintCore

/// Real documents never carry front matter: each shipped Markdown example states its identity in
/// its text too, and gives the same findings with its front matter removed.
@Suite("Examples with and without front matter")
struct FrontMatterIndependenceTests {
    let linter = Linter(rules: try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules))

    static let examples = ["kota-contoh-draf.md", "kota-contoh-arsitektur-spbe.md", "kabupaten-sukamaju-peta-rencana.md",
                           "kementerian-contoh-rencana-induk.md", "perwali-kota-contoh-rencana-induk-spbe.md",
                           "perwali-kota-contoh-draf-bermasalah.md"]

    func findings(_ text: String) throws -> [String] {
        let document = try MarkdownDocumentParser().parse(text: text, path: "doc.md")
        return linter.lint(document).map { "\($0.ruleId)@\($0.position.line)" }.sorted()
    }

    @Test("same findings, same kind and profile", arguments: examples)
    func sameFindings(name: String) throws {
        let text = try String(contentsOf: Repository.examples.appendingPathComponent(name), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let closing = try #require(lines.dropFirst().firstIndex(of: "---"))
        // Blank the front matter so that line numbers stay the same.
        let bare = (Array(repeating: "", count: closing + 1) + lines[(closing + 1)...]).joined(separator: "\n")
        #expect(try findings(bare) == findings(text))
        let withMatter = try MarkdownDocumentParser().parse(text: text, path: "a.md")
        let without = try MarkdownDocumentParser().parse(text: bare, path: "a.md")
        #expect(without.kind == withMatter.kind)
        #expect(without.profile == withMatter.profile)
        #expect(without.metadata.period == withMatter.metadata.period)
    }
}
