import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint rules`: list every rule with its area, severity and citation.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules of the loaded packs.")

    @Flag(help: "List the rule kinds (Swift checks) instead of the rules.")
    var kinds = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        if kinds {
            for kind in RuleKindRegistry.all { FileOutput.standardOutput("\(kind.name)\t\(kind.summary)\n") }
            return
        }
        let catalog = try common.loadCatalog()
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
