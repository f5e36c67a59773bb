import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint explain RULE`: one rule in full, with its citation and example documents.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule.")

    @Argument(help: "The rule id, as printed in findings.")
    var ruleId: String

    @Option(help: "A regulation (.md or .xml): show the text of the articles the rule cites from it.")
    var regulation: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog = try common.loadCatalog()
        guard let rule = catalog.rule(ruleId) else {
            let hint = NearestName.nearest(to: ruleId, in: catalog.rules.map(\.id)).map { " Did you mean '\($0)'?" } ?? ""
            FileOutput.standardError("error: unknown rule '\(ruleId)'.\(hint) See `spbelint rules`.\n")
            throw ExitCode(2)
        }
        let text = try regulation.map { try RegulationText.load(path: $0, language: common.language) }
        FileOutput.standardOutput(RuleExplanation(rule: rule, language: common.language, regulation: text).text)
    }
}
