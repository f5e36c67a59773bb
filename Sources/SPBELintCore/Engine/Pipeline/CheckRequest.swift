/// What a run lints and how: the inputs, how to read them, where their configuration comes from,
/// whether inline comments apply, and the CI gates.
public struct CheckRequest: Sendable {
    /// Files and folders; `-` stands for `standardInput`.
    public var paths: [String]
    /// The text read from standard input for the path `-`.
    public var standardInput: StandardInput?
    /// `--profile`: beats the configuration and the document.
    public var profile: Profile?
    /// `--kind`: beats the configuration and the document.
    public var kind: String?
    /// Largest input file in bytes.
    public var maxFileSize = DocumentLoader().maxBytes
    /// Where each document's `.spbelint.yml` comes from.
    public var configuration: ConfigurationMode = .discover
    /// Whether the documents' `spbelint-disable…` comments apply.
    public var inlineSuppressions = true
    /// Whether documents keep their content in the result (reports that quote them); off keeps
    /// only what reports print, so big folders stay small.
    public var keepsDocumentBodies = false
    /// Waivers, baseline, ratchet and the failing threshold.
    public var gates = GateRequest()
    /// Told after each document is read and checked (from any thread): how many are done, of how many.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// Documents already being read (started with `readAhead()` before the rules were loaded).
    public var prefetch: DocumentPrefetch?

    /// How the run reads its inputs.
    public var loader: DocumentLoader { DocumentLoader(maxBytes: maxFileSize) }

    /// Starts reading the files named directly while the caller loads the rule catalogue, and
    /// keeps them for the run.
    public mutating func readAhead() {
        prefetch = DocumentPrefetch(paths: paths, loader: loader)
    }

    public init(paths: [String], configuration: ConfigurationMode = .discover, gates: GateRequest = GateRequest()) {
        self.paths = paths
        self.configuration = configuration
        self.gates = gates
    }
}
