import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint check PATH...`: lint files and folders and report findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint master plans and regulations (Markdown, XML).",
        discussion: "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 the run could not be done as asked (bad flag, rule pack, missing or malformed input).")

    @OptionGroup var inputs: LintInputOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file (atomically) instead of stdout.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn: FailThreshold = .error

    @Flag(help: "After the findings, print each document's coverage: per area, and each requirement met, not met or not applicable (text format).")
    var coverage = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog = try common.loadCatalog()
        let result = inputs.lint(with: catalog)
        let colour = output == nil && format == .text && FileOutput.stdoutWantsColour
        var rendered = format.reporter(colour: colour).render(result, language: common.language)
        if coverage, format == .text {
            rendered += "\n" + CoverageTextRenderer(language: common.language).render(result.coverage)
        }
        if let output {
            try refuseToOverwriteInput(output, inputs: result.documents.map(\.path))
            try FileOutput.write(rendered, to: output)
            for problem in result.problems { FileOutput.standardError(problem.rendered(in: common.language) + "\n") }
        } else {
            FileOutput.standardOutput(rendered)
        }
        if !result.problems.isEmpty { throw ExitCode(2) }
        if failOn.isReached(by: result.findings) { throw ExitCode(1) }
    }

    private func refuseToOverwriteInput(_ output: String, inputs: [String]) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        if inputs.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == target }) {
            FileOutput.standardError("\(output):1:1: error: --output would overwrite an input document; refusing.\n")
            throw ExitCode(2)
        }
    }
}

/// The `--fail-on` threshold.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    func isReached(by findings: [Finding]) -> Bool {
        guard let minimum = Severity(rawValue: rawValue) else { return false }
        return findings.contains { $0.severity >= minimum }
    }
}
