import ArgumentParser
import SPBELintCore

/// The inputs of a lint run and how to read them, shared by `check` and `risk`.
struct LintInputOptions: ParsableArguments {
    @Argument(help: "Files or folders to lint (.md, .markdown, .xml; folders recursively).")
    var paths: [String]

    @Option(help: "Force the profile: nasional, instansi-pusat, pemda, perkada.")
    var profile: Profile?

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
    func lint(with catalog: RuleCatalog, configuration: ConfigurationMode) throws(RuleLoadError) -> LintResult {
        var run = lintRun(catalog)
        run.keepsDocumentBodies = false
        return try run.run(paths: paths, configuration: configuration, inlineSuppressions: true)
    }

    private func lintRun(_ catalog: RuleCatalog) -> LintRun {
        LintRun(linter: Linter(rules: catalog.rules), loader: DocumentLoader(maxBytes: maxFileSize), profileOverride: profile)
    }
}
