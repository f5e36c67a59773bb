import ArgumentParser
import SPBELintCore

/// `spbelint check PATH...`: lint files and folders.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Lint documents.")

    @Argument(help: "Files or folders to lint.")
    var paths: [String] = []

    func run() throws {}
}
