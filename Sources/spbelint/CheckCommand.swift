import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint check PATH...`: lint files and folders and report findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint master plans and regulations (Markdown, XML).",
        discussion: """
            Exit codes: 0 nothing at or above --fail-on (with --baseline: no new finding; with --ratchet: no document's coverage fell); \
            1 findings at or above it (or coverage fell, with --ratchet); 2 the run could not be done as asked (bad flag, \
            configuration, waivers, baseline or rule pack, missing or malformed input).
            """)

    @OptionGroup var inputs: LintInputOptions

    @Option(help: "Output format: text, json, sarif, junit, github, gitlab or checkstyle.")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file (atomically) instead of stdout.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn: FailThreshold = .error

    @Flag(inversion: .prefixedNo,
          help: "--coverage: after the findings, print each document's coverage (text format); --no-coverage: leave coverage out of JSON (smaller reports of big folders).")
    var coverage: Bool?

    @OptionGroup var gating: GatingOptions

    @OptionGroup var display: DisplayOptions

    @OptionGroup var common: CommonOptions

    func run() throws {
        let started = Date()
        var request = inputs.request(configuration: gating.configuration.mode)
        request.readAhead()
        let catalog = try common.loadCatalog()
        let language = common.language
        let environment = ProcessInfo.processInfo.environment
        let progress = ProgressLine.isWanted(stderrIsTerminal: isatty(STDERR_FILENO) == 1, quiet: display.quiet,
                                             environment: environment)
            ? ProgressLine(language: language, delay: ProgressLine.delay(environment: environment)) : nil
        request.gates = gating.gates(failOn: failOn)
        if let progress { request.progress = { done, total in progress.update(done: done, total: total) } }
        let outcome: CheckOutcome
        do {
            defer { progress?.finish() }
            outcome = try CheckPipeline(rules: catalog.rules, request: request).runOrExit()
        }
        let result = outcome.result

        try checkOutputs(documents: result.documents.map(\.path), language: language)
        let colour = format == .text && display.colour(toStdout: output == nil)
        let shown = display.shown(result)
        let main = content(format, result: shown, colour: colour, language: language)
        var files: [(path: String, content: OutputContent)] = []
        if let output { files.append((output, main)) }
        for target in gating.reports {
            files.append((target.path, content(target.format, result: shown, colour: false, language: language)))
        }
        if let path = gating.writeBaseline {
            files.append((path, .text(outcome.baseline(in: language).rendered())))
        }
        if let path = gating.ratchet, gating.updateRatchet, let ratchet = outcome.updatedRatchet {
            files.append((path, .text(ratchet.rendered())))
        }
        try FileOutput.writeAll(files, language: language)
        if output != nil {
            for problem in result.problems { FileOutput.standardError(problem.rendered(in: language) + "\n") }
        } else {
            FileOutput.standardOutput(main, language: language)
        }

        if display.stats {
            FileOutput.standardError(RunStatistics.render(result, seconds: Date().timeIntervalSince(started), language: language))
        }
        if outcome.status != .passed { throw ExitCode(outcome.status.rawValue) }
    }

    /// A report in `format`; JSON is streamed (written piece by piece), the others rendered whole.
    private func content(_ format: ReportFormat, result: LintResult, colour: Bool, language: Language) -> OutputContent {
        if format == .json {
            let reporter = JSONReporter(includeCoverage: coverage != false)
            return OutputContent { sink in reporter.write(result, language: language, to: sink) }
        }
        var text = format.reporter(colour: colour, identity: !display.quiet).render(result, language: language)
        if coverage == true, format == .text {
            text += "\n" + CoverageTextRenderer(language: language).render(result.coverage)
        }
        return .text(text)
    }

    /// Every file spbelint writes must not be an input document, a file it reads, or another output.
    private func checkOutputs(documents: [String], language: Language) throws {
        var written: [(flag: String, path: String)] = []
        if let output { written.append(("--output", output)) }
        written += gating.reports.map { ("--report", $0.path) }
        if let path = gating.writeBaseline { written.append(("--write-baseline", path)) }
        if let path = gating.ratchet, gating.updateRatchet { written.append(("--update-ratchet", path)) }
        var guardian = OutputGuard(readFiles: documents + inputs.paths, readFolders: common.ruleFolders)
        guardian.readFiles += [gating.configuration.config, gating.waivers, gating.baseline].compactMap { $0 }
        try guardian.check(written, language: language)
    }
}

extension FailThreshold: ExpressibleByArgument {}
