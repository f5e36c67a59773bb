/// `path:line:col: severity: message [rule] (citation)`, one finding a line, then a summary.
public struct TextReporter: Reporter {
    /// Whether to colour severities with ANSI escapes (only when writing to a terminal).
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ result: LintResult, language: Language) -> String {
        var lines: [String] = []
        for problem in result.problems {
            lines.append(problem.rendered(in: language))   // already terminal-safe
        }
        for finding in result.findings {
            lines.append(line(for: finding, language: language))
        }
        for cut in result.truncated {
            lines.append(TerminalText.safe(language == .id
                ? "\(cut.path): catatan: \(cut.omitted) temuan lain dari aturan [\(cut.ruleId)] tidak ditampilkan (batas \(FindingCap.perRuleAndDocument) per aturan per dokumen)."
                : "\(cut.path): note: \(cut.omitted) more finding(s) of rule [\(cut.ruleId)] not shown (limit \(FindingCap.perRuleAndDocument) per rule and document)."))
        }
        lines.append(summary(result, language: language))
        // Paths and messages quote file names and document text: never send their control
        // characters (ANSI escape sequences) to a terminal. The colour codes are added after.
        return lines.joined(separator: "\n") + "\n"
    }

    func line(for finding: Finding, language: Language) -> String {
        let citations = finding.citations.map { $0.rendered(in: language) }.joined(separator: "; ")
        let citationPart = citations.isEmpty ? "" : " (\(citations))"
        return "\(TerminalText.safe(finding.path)):\(finding.position.line):\(finding.position.column): \(paint(finding.severity)): "
            + TerminalText.safe("\(finding.message.text(in: language)) [\(finding.ruleId)]\(citationPart)")
    }

    private func paint(_ severity: Severity) -> String {
        guard colour else { return severity.rawValue }
        let code: String
        switch severity {
        case .error: code = "31"
        case .warning: code = "33"
        case .info: code = "36"
        }
        return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    private func summary(_ result: LintResult, language: Language) -> String {
        let counts = result.counts
        let errors = counts[.error, default: 0]
        let warnings = counts[.warning, default: 0]
        let infos = counts[.info, default: 0]
        let documents = result.documents.count
        let problems = result.problems.count
        switch language {
        case .id:
            return "\(documents) dokumen diperiksa: \(errors) error, \(warnings) peringatan, \(infos) info"
                + (problems > 0 ? "; \(problems) masukan tidak dapat dibaca" : "") + "."
        case .en:
            return "\(documents) document(s) checked: \(errors) error(s), \(warnings) warning(s), \(infos) info"
                + (problems > 0 ? "; \(problems) input(s) could not be read" : "") + "."
        }
    }
}
