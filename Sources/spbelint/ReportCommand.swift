import ArgumentParser
import Foundation
import SPBEIndex
import SPBELintCore
import SPBEReport

/// `spbelint report PATH...`: a gap report for people, in HTML or Markdown.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a gap report for people (HTML or Markdown): verdict, obligations, coverage, what to write next.",
        discussion: """
            One self-contained file, A4 when printed. Per document: a verdict (not ready / ready with notes / \
            ready for enactment) with the unmet obligations ("3 dari 21 kewajiban belum dipenuhi"), requirements \
            counted by legal basis (obligations, evaluation criteria, good practice), a coverage chart (coverage \
            counts only requirements met with evidence), the coverage matrix quoting the evidence or the findings \
            of each requirement, and the Permenpan RB 59/2020 indicators at risk. Several documents open with a \
            summary table; versions of a plan (same judul and instansi) are ordered by their enactment date, \
            status or version (--compare OLD NEW keeps the order given), with what improved and regressed; \
            --index adds a radar of the self-assessments. Findings are made as by `check`: the nearest .spbelint.yml \
            (or --config) and inline spbelint-disable comments apply. Exit codes: 0 report written (whatever the \
            findings); 2 bad flag, rule pack, configuration or input (the report still covers the other inputs).
            """)

    /// The report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md
    }

    @Argument(help: "Files or folders to report on (.md, .markdown, .xml, .docx, .odt; folders recursively).")
    var paths: [String] = []

    @Option(help: "html (default, or when --output ends in .html) or md (the default when --output ends in .md).")
    var format: Format?

    @Option(help: "Write the report to this file (atomically) instead of stdout.")
    var output: String?

    @Option(name: .customLong("index"), help: "A self-assessment file (YAML or CSV, see `spbelint index`) to chart by aspect; repeatable.")
    var indexFiles: [String] = []

    @Option(name: .customLong("compare"), parsing: .upToNextOption,
            help: ArgumentHelp("Two versions of one plan, older first; they are added to the inputs.", valueName: "OLD NEW"))
    var compare: [String] = []

    @Option(help: "Force the profile: nasional, instansi-pusat, pemda, perkada.")
    var profile: Profile?

    @Option(name: .customLong("max-file-size"), help: "Largest input file in bytes.")
    var maxFileSize: Int = 20 * 1024 * 1024

    @OptionGroup var configOptions: ConfigurationOptions

    @OptionGroup var common: CommonOptions

    mutating func validate() throws {
        if format == nil, let output, !["", "html", "htm", "md", "markdown"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) {
            throw ValidationError("--output \(output): the report is HTML (.html) or Markdown (.md); for PDF, print the HTML to PDF (see README).")
        }
        if !compare.isEmpty, compare.count != 2 {
            throw ValidationError("--compare takes exactly two paths, OLD NEW (put other paths before it).")
        }
        if maxFileSize < 1 { throw ValidationError("--max-file-size must be a positive number of bytes.") }
        if paths.isEmpty, compare.isEmpty { throw ValidationError("Give at least one file or folder, or --compare OLD NEW.") }
    }

    /// The format asked for, else the one the output file's extension names, else HTML.
    var chosenFormat: Format {
        if let format { return format }
        let ext = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        return ext == "md" || ext == "markdown" ? .md : .html
    }

    func run() throws {
        let inputs = paths + compare.filter { path in !paths.contains { GapReport.samePath($0, path) } }
        // The same pipeline as `check`: `.spbelint.yml` and inline comments change the report as they
        // change the findings; nothing is gated. Documents keep their text for the evidence quoted.
        var request = CheckRequest(paths: inputs, configuration: configOptions.mode)
        request.profile = profile
        request.maxFileSize = maxFileSize
        request.keepsDocumentBodies = true
        request.readAhead()
        let catalog = try common.loadCatalog()
        let language = common.language
        let framework: EvaluationFramework
        do {
            framework = try EvaluationFramework.load(id: EvaluationFramework.defaultID)
        } catch {
            FileOutput.standardError("error: \(error)\n")
            throw ExitCode(2)
        }
        let result = try CheckPipeline(rules: catalog.rules, request: request).runOrExit().result
        let index = indexFiles.isEmpty ? nil : IndexRun().run(paths: indexFiles)
        let pair = compare.count == 2 ? (older: compare[0], newer: compare[1]) : nil
        let report = GapReport(result: result, language: language, framework: framework, index: index, compare: pair,
                               date: GapReport.today())
        let rendered = chosenFormat == .html ? HTMLReportRenderer().render(report) : MarkdownReportRenderer().render(report)
        let problems = report.problems
        if let output {
            let guardian = OutputGuard(readFiles: result.documents.map(\.path) + inputs + indexFiles + [configOptions.config].compactMap { $0 }, readFolders: common.ruleFolders)
            try guardian.check([("--output", output)], language: language)
            try FileOutput.write(rendered, to: output, language: language)
        } else {
            FileOutput.standardOutput(rendered)
        }
        for problem in problems { FileOutput.standardError(problem.rendered(in: language) + "\n") }
        if !problems.isEmpty { throw ExitCode(2) }
    }
}
