import ArgumentParser
import CMallocTuning
import SPBELintCore

/// The `spbelint` command: a compliance linter for SPBE master plans and regulations.
@main
struct SPBELintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spbelint",
        abstract: "Lint SPBE master plans (Rencana Induk, Arsitektur, Peta Rencana) against Perpres 95/2018.",
        version: SPBELintVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, ExplainCommand.self, IndexCommand.self, RiskCommand.self, ReportCommand.self, CitationsCommand.self, InitCommand.self, OutlineCommand.self],
        defaultSubcommand: CheckCommand.self)

    /// Runs the command; usage errors exit with 2 as the output contract requires (not 64).
    static func main() {
        // A closed stdout is an EPIPE error reported with exit 2, not a silent death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // Large blocks in their own mappings, given back when freed (see spbe_malloc_tuning.h).
        spbe_malloc_tune()
        if let typo = mistypedSubcommand(CommandLine.arguments.dropFirst().first) {
            FileOutput.standardError("error: '\(typo.word)' is not a spbelint command or an existing file; did you mean `\(typo.command)`?\n")
            Foundation.exit(2)
        }
        // `check` with the shipped packs: load them while the command line is parsed.
        CatalogPrefetch.shared.start(arguments: CommandLine.arguments)
        do {
            defer { CatalogPrefetch.shared.settle() }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code.rawValue == ExitCode.validationFailure.rawValue {
                FileOutput.standardError(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// A first word that is not a file, an option or a command, but close to a command (`chek`).
    static func mistypedSubcommand(_ first: String?) -> (word: String, command: String)? {
        guard let first, !first.hasPrefix("-"), !first.contains("/"), !first.contains("."),
              !FileManager.default.fileExists(atPath: first) else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first), let nearest = NearestName.nearest(to: first, in: names) else { return nil }
        return (first, nearest)
    }
}

import Foundation
