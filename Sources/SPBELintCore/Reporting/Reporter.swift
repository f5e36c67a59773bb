/// Renders a lint result as text for a person or a machine.
public protocol Reporter: Sendable {
    func render(_ result: LintResult, language: Language) -> String
}

/// The output formats of `spbelint check --format`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit, github, gitlab, checkstyle

    /// The reporter for this format; `colour` applies to text only.
    public func reporter(colour: Bool, identity: Bool = true) -> any Reporter {
        switch self {
        case .text: return TextReporter(colour: colour, identity: identity)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .junit: return JUnitReporter()
        case .github: return GitHubReporter()
        case .gitlab: return GitLabReporter()
        case .checkstyle: return CheckstyleReporter()
        }
    }
}
