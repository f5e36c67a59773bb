import ArgumentParser
import SPBEIndex
import SPBELintCore

/// `spbelint index FILE...`: compute the Indeks SPBE from self-assessment files.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index", abstract: "Compute the Indeks SPBE from self-assessment files.")

    @Argument(help: "Self-assessment files (YAML or CSV).")
    var files: [String] = []

    func run() throws {}
}
