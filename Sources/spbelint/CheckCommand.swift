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
        let catalog = try common.loadCatalog()
        let language = common.language
        let environment = ProcessInfo.processInfo.environment
        let progress = ProgressLine.isWanted(stderrIsTerminal: isatty(STDERR_FILENO) == 1, quiet: display.quiet,
                                             environment: environment)
            ? ProgressLine(language: language, delay: ProgressLine.delay(environment: environment)) : nil
        var result = try orExit { () throws(RuleLoadError) in
            try inputs.lint(with: catalog, configuration: gating.configurationMode, progress: progress)
        }
        if let path = gating.waivers {
            let waivers = try orExit { () throws(RuleLoadError) in
                let waivers = try Waivers.load(path: path)
                try waivers.validate(knownRules: Set(catalog.rules.map(\.id)).union(BuiltInChecks.ids))
                return waivers
            }
            waivers.apply(to: &result, today: Waivers.today())
        }
        let current = result
        if let path = gating.baseline {
            let baseline = try orExit { () throws(RuleLoadError) in try Baseline.load(path: path) }
            baseline.apply(to: &result, file: path)
        }
        var ratchet: Ratchet?
        var regressions: [Ratchet.Regression] = []
        if let path = gating.ratchet {
            if FileManager.default.fileExists(atPath: path) {
                ratchet = try orExit { () throws(RuleLoadError) in try Ratchet.load(path: path) }
            } else if gating.updateRatchet {
                ratchet = Ratchet()
            } else {
                FileOutput.standardError("\(path):1:1: error: no ratchet record; run once with --update-ratchet to create it.\n")
                throw ExitCode(2)
            }
            regressions = ratchet?.apply(to: &result) ?? []
        }

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
            files.append((path, .text(Baseline(result: current, language: language).rendered())))
        }
        if let path = gating.ratchet, gating.updateRatchet, let ratchet {
            files.append((path, .text(ratchet.updated(with: result.coverage).rendered())))
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
        if !result.problems.isEmpty { throw ExitCode(2) }
        if gating.ratchet != nil {
            if !regressions.isEmpty { throw ExitCode(1) }
            return
        }
        if failOn.isReached(by: result.findings) { throw ExitCode(1) }
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

    /// Runs a load step; its error is printed as `file:line:column: error: message` and exits 2.
    private func orExit<T>(_ body: () throws(RuleLoadError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            FileOutput.standardError(error.description + "\n")
            throw ExitCode(2)
        }
    }

    /// Every file spbelint writes must not be an input document, a file it reads, or another output.
    private func checkOutputs(documents: [String], language: Language) throws {
        var written: [(flag: String, path: String)] = []
        if let output { written.append(("--output", output)) }
        written += gating.reports.map { ("--report", $0.path) }
        if let path = gating.writeBaseline { written.append(("--write-baseline", path)) }
        if let path = gating.ratchet, gating.updateRatchet { written.append(("--update-ratchet", path)) }
        var guardian = OutputGuard(readFiles: documents + inputs.paths, readFolders: common.ruleFolders)
        guardian.readFiles += [gating.config, gating.waivers, gating.baseline].compactMap { $0 }
        try guardian.check(written, language: language)
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
