import ArgumentParser
import SPBELintCore

/// The `spbelint` command: a compliance linter for SPBE master plans and regulations.
@main
struct SPBELintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spbelint",
        abstract: "Lint SPBE master plans (Rencana Induk, Arsitektur, Peta Rencana) against Perpres 95/2018.",
        version: SPBELintVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, ExplainCommand.self, IndexCommand.self, RiskCommand.self, ReportCommand.self, CitationsCommand.self],
        defaultSubcommand: CheckCommand.self)

    /// Runs the command; usage errors exit with 2 as the output contract requires (not 64).
    static func main() {
        // A closed stdout is an EPIPE error reported with exit 2, not a silent death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        do {
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
}

import Foundation
