/// What was understood of each document (one line each), then `path:line:col: severity: message [rule]
/// (citation)`, one finding a line, then a summary.
public struct TextReporter: Reporter {
    /// Whether to colour severities with ANSI escapes (only when writing to a terminal).
    public var colour: Bool
    /// Whether to print the line saying what each document was read as.
    public var identity: Bool

    public init(colour: Bool = false, identity: Bool = true) {
        self.colour = colour
        self.identity = identity
    }

    public func render(_ result: LintResult, language: Language) -> String {
        var lines: [String] = []
        for document in result.documents where identity {
            let label = language == .en ? "read as" : "dibaca sebagai"
            lines.append(TerminalText.safe("\(document.path): \(label): \(IdentitySummary.line(for: document, language: language))"))
        }
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
        // Every line quoting file names or document text went through `TerminalText.safe`: their
        // control characters (ANSI escape sequences) never reach a terminal.
        return lines.joined(separator: "\n") + "\n"
    }

    func line(for finding: Finding, language: Language) -> String {
        let citations = LegalForceText.render(basis: finding.basis, citations: finding.citations, language: language)
        let citationPart = citations.isEmpty ? "" : " (\(citations))"
        return "\(TerminalText.safe(Self.place(of: finding))): \(paint(finding.severity)): "
            + TerminalText.safe("\(finding.message.text(in: language)) [\(finding.ruleId)]\(citationPart)")
    }

    /// `path:line:col`, or `path:¶N (Heading > Subheading)` in documents that number paragraphs.
    static func place(of finding: Finding) -> String {
        let headings = finding.headingPath ?? []
        return "\(finding.path):\(finding.position.location(in: finding.path))"
            + (headings.isEmpty ? "" : " (\(headings.joined(separator: " > ")))")
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

    /// "1 error", "2 errors".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
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
            // "kesalahan" is the severity error, "peringatan" warning, "info" info (README, "Exit codes").
            return "\(documents) dokumen diperiksa: \(errors) kesalahan, \(warnings) peringatan, \(infos) info"
                + (problems > 0 ? "; \(problems) masukan tidak dapat dibaca" : "") + "."
        case .en:
            return "\(Self.count(documents, "document")) checked: \(Self.count(errors, "error")), "
                + "\(Self.count(warnings, "warning")), \(infos) info"
                + (problems > 0 ? "; \(Self.count(problems, "input")) could not be read" : "") + "."
        }
    }
}
