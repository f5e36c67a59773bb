import Foundation
@testable import SPBELintCore

/// Lints small Markdown documents with the repository's rule packs, for concept tests.
enum ConceptFixture {
    static let catalog: RuleCatalog = {
        do { return try RuleCatalog.load(extraFolders: [Repository.rules.path], includeDefaults: false) } catch {
            fatalError("rule packs do not load: \(error)")
        }
    }()

    static let header = """
        ---
        judul: Rencana Induk SPBE Kota Uji Tahun 2025-2029
        jenis: rencana-induk
        instansi: Pemerintah Kota Uji
        tingkat: kota
        periode: 2025-2029
        ---

        """

    static func document(_ body: String) throws -> Document {
        try MarkdownDocumentParser().parse(text: header + body, path: "uji.md")
    }

    /// The findings of one rule and its coverage entry.
    static func evaluate(_ ruleId: String, _ body: String) throws -> (findings: [Finding], result: RequirementResult) {
        guard let rule = catalog.rule(ruleId) else { fatalError("no rule \(ruleId)") }
        let evaluation = Linter(rules: [rule]).evaluate(try document(body))
        return (evaluation.findings.filter { $0.ruleId == ruleId }, evaluation.coverage.requirements[0])
    }
}
