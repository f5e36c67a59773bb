import Foundation
import SPBELintCore

/// A master-plan skeleton in one format, made so that it lints with no error: where a rule would
/// report one (an obligation the law fixes, such as who reviews the roadmap), the part states the
/// rule's own description; everything else is left as guidance and "[isi: …]" for the writer.
struct PlanSkeleton {
    /// The formats `init --plan` writes.
    enum Format: String, CaseIterable {
        case md, xml, docx
    }

    let catalog: RuleCatalog
    let request: PlanRequest
    let format: Format

    /// The skeleton's bytes, after linting drafts of it until no error is left that a statement fixes.
    func render() throws -> Data {
        let outline = PlanOutline(catalog: catalog, request: request)
        var (root, places) = outline.build()
        let rules = Dictionary(outline.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var data = try encode(root)
        for _ in 0..<4 {
            let errors = try lint(data).filter { $0.severity == .error }
            var changed = false
            for finding in errors {
                guard let rule = rules[finding.ruleId], let path = places[rule.id] else { continue }
                // A required section left empty is opened by a sentence naming it; a required
                // statement is the rule's own description (what the law fixes).
                let statement = rule.kind == "required-section"
                    ? PlanMetadata.opening(root[path], request: request) : rule.description?.id
                guard let statement, !root[path].statements.contains(statement) else { continue }
                root[path].statements.append(statement)
                root[path].placeholder = false
                changed = true
            }
            guard changed else { break }
            data = try encode(root)
        }
        return data
    }

    private func encode(_ root: PlanPart) throws -> Data {
        switch format {
        case .md: return Data(PlanMarkdownWriter(request: request).render(root).utf8)
        case .xml: return Data(PlanXMLWriter(request: request).render(root).utf8)
        case .docx: return try PlanDocxWriter(request: request).render(root)
        }
    }

    /// The findings of a draft, linted as a file of the format.
    private func lint(_ data: Data) throws -> [Finding] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rencana-induk.\(format.rawValue)")
        try data.write(to: file)
        return LintRun(linter: Linter(rules: catalog.rules)).run(paths: [file.path]).findings
    }
}
