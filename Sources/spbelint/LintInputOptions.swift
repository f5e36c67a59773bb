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

    /// The pipeline's request for these inputs, configured by `configuration`; standard input is
    /// read here when a path is `-`.
    func request(configuration: ConfigurationMode) -> CheckRequest {
        var request = CheckRequest(paths: paths, configuration: configuration)
        request.profile = profile
        request.kind = kind?.value
        request.maxFileSize = maxFileSize
        if paths.contains(StandardInput.path) {
            request.standardInput = StandardInput.read(name: stdinFilename, limit: maxFileSize)
        }
        return request
    }
}

extension DocumentKindName: ExpressibleByArgument {
    public static var allValueStrings: [String] { DocumentKind.known }
}
