import ArgumentParser
import SPBELintCore

/// `--config FILE` and `--no-config`: where each document's `.spbelint.yml` comes from, shared by
/// every command that lints (`check`, `risk`, `report`).
struct ConfigurationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Configuration file for every document, instead of the nearest .spbelint.yml above each one.", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Do not look for .spbelint.yml files.")
    var noConfig = false

    func validate() throws {
        if config != nil && noConfig {
            throw ValidationError("--config and --no-config cannot be used together.")
        }
    }

    var mode: ConfigurationMode {
        if let config { return .file(config) }
        return noConfig ? .none : .discover
    }
}
