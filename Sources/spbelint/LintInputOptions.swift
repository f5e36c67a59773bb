import ArgumentParser
import SPBELintCore

/// The inputs of a lint run and how to read them, shared by `check` and `risk`.
struct LintInputOptions: ParsableArguments {
    @Argument(help: "Files or folders to lint (.md, .markdown, .xml, .pdf, .docx, .docm, .odt; folders recursively; a .txt when named); - reads standard input.")
    var paths: [String]

    @Option(name: .customLong("stdin-filename"), help: "The path to report (and configure) standard input as, with -.")
    var stdinFilename: String?

    @Option(help: "Force the profile: nasional, instansi-pusat, pemda, perkada.")
    var profile: Profile?

    @Option(help: "Force the document kind: rencana-induk, arsitektur, peta-rencana, perkada, keputusan, regulasi.")
    var kind: DocumentKindName?

    @Option(name: .customLong("max-file-size"), help: "Largest input file in bytes.")
    var maxFileSize: Int = 20 * 1024 * 1024

    func validate() throws {
        if maxFileSize < 1 { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    /// Lints the inputs with every rule of the catalogue.
    func lint(with catalog: RuleCatalog) -> LintResult {
        lintRun(catalog).run(paths: paths)
    }

    /// Lints the inputs as configured (`.spbelint.yml`), applying inline `spbelint-disable` comments.
    /// Documents keep only what reports print (`keepsDocumentBodies` off), so big folders stay small.
    func lint(with catalog: RuleCatalog, configuration: ConfigurationMode,
              progress: ProgressLine? = nil) throws(RuleLoadError) -> LintResult {
        var run = lintRun(catalog)
        run.keepsDocumentBodies = false
        if let progress { run.progress = { done, total in progress.update(done: done, total: total) } }
        defer { progress?.finish() }
        return try run.run(paths: paths, configuration: configuration, inlineSuppressions: true)
    }

    private func lintRun(_ catalog: RuleCatalog) -> LintRun {
        var run = LintRun(linter: Linter(rules: catalog.rules), loader: DocumentLoader(maxBytes: maxFileSize),
                          profileOverride: profile, kindOverride: kind?.value)
        if paths.contains(StandardInput.path) {
            run.standardInput = StandardInput.read(name: stdinFilename, limit: maxFileSize)
        }
        return run
    }
}

extension DocumentKindName: ExpressibleByArgument {
    public static var allValueStrings: [String] { DocumentKind.known }
}
