/// Checkstyle XML (`<checkstyle><file name=…><error line column severity message source/>`), read
/// by Jenkins warnings-ng, reviewdog, SonarQube and many CI plugins. Every linted document has a
/// `file` element, empty when it has no finding.
public struct CheckstyleReporter: Reporter {
    public var baseDirectory: String

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory ?? ReportText.currentDirectory
    }

    public func render(_ result: LintResult, language: Language) -> String {
        var order: [String] = []
        var entries: [String: [String]] = [:]
        func add(_ path: String, _ entry: String?) {
            if entries[path] == nil {
                order.append(path)
                entries[path] = []
            }
            if let entry { entries[path]?.append(entry) }
        }
        for document in result.documents { add(document.path, nil) }
        for problem in result.problems {
            add(problem.path, element(line: problem.position.line, column: problem.position.column, severity: "error",
                                      message: problem.message(in: language), source: "spbelint.input"))
        }
        for finding in result.findings {
            let citations = ReportText.citations(finding.citations, language: language)
            add(finding.path, element(line: finding.position.line, column: finding.position.column,
                                      severity: finding.severity.rawValue,
                                      message: finding.message.text(in: language) + (citations.isEmpty ? "" : " (\(citations))"),
                                      source: "spbelint.\(finding.ruleId)"))
        }
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<checkstyle version=\"4.3\">"]
        for path in order {
            let name = ReportText.xml(ReportText.relativePath(path, to: baseDirectory))
            let items = entries[path] ?? []
            if items.isEmpty {
                lines.append("  <file name=\"\(name)\"/>")
            } else {
                lines.append("  <file name=\"\(name)\">")
                lines += items.map { "    " + $0 }
                lines.append("  </file>")
            }
        }
        lines.append("</checkstyle>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func element(line: Int, column: Int, severity: String, message: String, source: String) -> String {
        "<error line=\"\(line)\" column=\"\(column)\" severity=\"\(severity)\" message=\"\(ReportText.xml(message))\" source=\"\(ReportText.xml(source))\"/>"
    }
}
