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

    @Flag(help: "After the findings, print each document's coverage: per area, and each requirement met, not met or not applicable (text format).")
    var coverage = false

    @OptionGroup var gating: GatingOptions

    @OptionGroup var display: DisplayOptions

    @OptionGroup var common: CommonOptions

    func run() throws {
        let started = Date()
        let catalog = try common.loadCatalog()
        let language = common.language
        var result = try orExit { () throws(RuleLoadError) in
            try inputs.lint(with: catalog, configuration: gating.configurationMode)
        }
        if let path = gating.waivers {
            let waivers = try orExit { () throws(RuleLoadError) in try Waivers.load(path: path) }
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

        try checkOutputs(documents: result.documents.map(\.path))
        let colour = format == .text && display.colour(toStdout: output == nil)
        let shown = display.shown(result)
        var rendered = format.reporter(colour: colour, identity: !display.quiet).render(shown, language: language)
        if coverage, format == .text {
            rendered += "\n" + CoverageTextRenderer(language: language).render(result.coverage)
        }
        if let output {
            try FileOutput.write(rendered, to: output)
            for problem in result.problems { FileOutput.standardError(problem.rendered(in: language) + "\n") }
        } else {
            FileOutput.standardOutput(rendered)
        }
        for target in gating.reports {
            var text = target.format.reporter(colour: false, identity: !display.quiet).render(shown, language: language)
            if coverage, target.format == .text {
                text += "\n" + CoverageTextRenderer(language: language).render(result.coverage)
            }
            try FileOutput.write(text, to: target.path)
        }
        if let path = gating.writeBaseline {
            try FileOutput.write(Baseline(result: current, language: language).rendered(), to: path)
        }
        if let path = gating.ratchet, gating.updateRatchet, let ratchet {
            try FileOutput.write(ratchet.updated(with: result.coverage).rendered(), to: path)
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
    private func checkOutputs(documents: [String]) throws {
        func key(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
        var written: [(flag: String, path: String)] = []
        if let output { written.append(("--output", output)) }
        written += gating.reports.map { ("--report", $0.path) }
        if let path = gating.writeBaseline { written.append(("--write-baseline", path)) }
        if let path = gating.ratchet, gating.updateRatchet { written.append(("--update-ratchet", path)) }
        var read = Set(documents.map(key))
        for path in [gating.config, gating.waivers] { if let path { read.insert(key(path)) } }
        var seen = Set<String>()
        for (flag, path) in written {
            let target = key(path)
            if read.contains(target) {
                FileOutput.standardError("\(path):1:1: error: \(flag) would overwrite an input; refusing.\n")
                throw ExitCode(2)
            }
            if !seen.insert(target).inserted {
                FileOutput.standardError("\(path):1:1: error: \(flag) names a file another output already writes; refusing.\n")
                throw ExitCode(2)
            }
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
