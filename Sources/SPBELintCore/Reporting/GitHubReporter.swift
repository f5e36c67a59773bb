/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, one a line,
/// which the runner turns into annotations on the changed files. Info findings are `notice`.
public struct GitHubReporter: Reporter {
    public var baseDirectory: String

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory ?? ReportText.currentDirectory
    }

    public func render(_ result: LintResult, language: Language) -> String {
        var lines: [String] = []
        for problem in result.problems {
            lines.append(command("error", path: problem.path, position: problem.position,
                                 title: language == .en ? "spbelint: unreadable input" : "spbelint: masukan tidak terbaca",
                                 message: problem.message(in: language)))
        }
        for finding in result.findings {
            let citations = ReportText.citations(finding.citations, language: language)
            let message = finding.message.text(in: language) + (citations.isEmpty ? "" : " (\(citations))")
            lines.append(command(Self.level(finding.severity), path: finding.path, position: finding.position,
                                 title: "spbelint: \(finding.ruleId)", message: message))
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private func command(_ level: String, path: String, position: SourcePosition, title: String, message: String) -> String {
        let file = ReportText.relativePath(path, to: baseDirectory)
        return "::\(level) file=\(Self.property(file)),line=\(position.line),col=\(position.column),title=\(Self.property(title))::\(Self.data(message))"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// Escapes a command's message (`%`, CR, LF).
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a command property value (also `:` and `,`).
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
