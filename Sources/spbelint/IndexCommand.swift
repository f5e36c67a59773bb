import ArgumentParser
import Foundation
import SPBEIndex
import SPBELintCore

/// `spbelint index FILE...`: compute the Indeks SPBE (or another framework's index) from self-assessment files.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Compute the Indeks SPBE from self-assessment files (YAML or CSV).",
        discussion: """
            Scores each file by the nested formulas of Permenpan RB 59/2020 (or --framework permenpanrb-8-2026, \
            provisional), ranks what would raise the index most, plans the cheapest path to a target, and \
            compares several files. Exit codes: 0 done; 1 an index is below --fail-below; 2 bad input \
            (other files are still scored).
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum MessageLanguage: String, ExpressibleByArgument, CaseIterable {
        case id, en
    }

    @Argument(help: "Self-assessment files (.yml/.yaml or .csv).")
    var files: [String] = []

    @Option(help: "Framework id (permenpanrb-59-2020, permenpanrb-8-2026) or a path to a framework YAML file.")
    var framework: String?

    @Option(help: "Folder holding the framework files (default: the Frameworks folder shipped with spbelint).")
    var frameworksDir: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Message language: id or en (default: id, or en when LANG starts with en).")
    var lang: MessageLanguage?

    @Option(help: "Target index, e.g. 3.00 (overrides the files' own targets).")
    var target: String?

    @Option(help: "Exit with code 1 when an index is below this value, e.g. 2.60.")
    var failBelow: String?

    @Option(help: "How many improvement opportunities to list per assessment in text output.")
    var top: Int = 10

    mutating func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one self-assessment file.") }
        if let target, FixedPoint(target) == nil { throw ValidationError("--target must be a decimal number such as 3.00.") }
        if let failBelow, FixedPoint(failBelow) == nil { throw ValidationError("--fail-below must be a decimal number such as 2.60.") }
        if top < 0 { throw ValidationError("--top must not be negative.") }
    }

    func run() throws {
        let language = lang.flatMap { Language(rawValue: $0.rawValue) } ?? Language.fromEnvironment()
        let threshold = failBelow.flatMap(FixedPoint.init)
        let run = IndexRun(framework: framework, frameworksFolder: frameworksDir.map { URL(fileURLWithPath: $0, isDirectory: true) },
                           target: target.flatMap(FixedPoint.init))
        let report = run.run(paths: files)

        for problem in report.problems {
            FileOutput.standardError(problem.rendered(in: language) + "\n")
        }
        let rendered: String
        switch format {
        case .text: rendered = TextReportRenderer(language: language, topImprovements: top).render(report)
        case .json: rendered = try JSONReportRenderer(language: language, failBelow: threshold).render(report)
        }
        if let output {
            var reads = files
            if let framework, framework.contains("/") || framework.hasSuffix(".yml") || framework.hasSuffix(".yaml") { reads.append(framework) }
            try OutputGuard(readFiles: reads, readFolders: frameworksDir.map { [$0] } ?? []).check([("--output", output)], language: language)
            try FileOutput.write(rendered, to: output, language: language)
        } else {
            FileOutput.standardOutput(rendered)
        }
        if !report.problems.isEmpty { throw ExitCode(2) }
        if let threshold, !report.results(below: threshold).isEmpty { throw ExitCode(1) }
    }
}
