import ArgumentParser
import SPBELintCore

/// The `spbelint` command: a compliance linter for SPBE master plans and regulations.
@main
struct SPBELintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spbelint",
        abstract: "Lint SPBE master plans (Rencana Induk, Arsitektur, Peta Rencana) against Perpres 95/2018.",
        version: SPBELintVersion.current,
        subcommands: [CheckCommand.self, IndexCommand.self],
        defaultSubcommand: CheckCommand.self)
}
