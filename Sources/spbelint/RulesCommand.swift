import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint rules`: list every rule with its area, severity and citation.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules of the loaded packs.")

    @Flag(help: "List the rule kinds (Swift checks) instead of the rules.")
    var kinds = false

    @Option(help: ArgumentHelp("Write one Markdown page per rule, and an index, into this folder (Docs/rules).", valueName: "DIR"))
    var docs: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        if kinds {
            for kind in RuleKindRegistry.all { FileOutput.standardOutput("\(kind.name)\t\(kind.summary)\n") }
            return
        }
        let catalog = try common.loadCatalog()
        if let docs {
            try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
            for rule in catalog.rules {
                try FileOutput.write(RuleDocumentation(rule: rule).markdown, to: "\(docs)/\(rule.id).md")
            }
            try FileOutput.write(RuleDocumentation.index(catalog), to: "\(docs)/README.md")
            FileOutput.standardOutput("\(catalog.rules.count + 1) pages written to \(docs)\n")
            return
        }
        let language = common.language
        var lines: [String] = []
        for pack in catalog.packs {
            lines.append("# \(pack.id) \(pack.version): \(pack.title.text(in: language))")
            for rule in pack.rules {
                let citation = rule.citations.map { $0.rendered(in: language) }.joined(separator: "; ")
                lines.append("\(rule.id)\t\(rule.severity.rawValue)\t\(rule.area.rawValue)\t\(citation)")
            }
        }
        FileOutput.standardOutput(lines.joined(separator: "\n") + "\n")
    }
}
