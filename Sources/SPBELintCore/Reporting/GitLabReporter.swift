import Foundation

/// GitLab Code Quality report: a JSON array of issues with `description`, `check_name`,
/// `fingerprint` (unique within the report), `severity` and `location.path` / `location.lines.begin`.
public struct GitLabReporter: Reporter {
    public var baseDirectory: String

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory ?? ReportText.currentDirectory
    }

    struct Issue: Encodable {
        struct Lines: Encodable { var begin: Int }
        struct Location: Encodable {
            var path: String
            var lines: Lines
        }
        var type = "issue"
        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case type, description, fingerprint, severity, location
            case checkName = "check_name"
        }
    }

    public func render(_ result: LintResult, language: Language) -> String {
        var used = Set<String>()
        func unique(_ fingerprint: String) -> String {
            var candidate = fingerprint
            var counter = 1
            while !used.insert(candidate).inserted {
                counter += 1
                candidate = Fingerprint.make([fingerprint, String(counter)])
            }
            return candidate
        }
        var issues: [Issue] = []
        for problem in result.problems {
            issues.append(Issue(description: problem.message(in: language), checkName: "spbelint-input",
                                fingerprint: unique(Fingerprint.make(["input", problem.path, problem.message])),
                                severity: "blocker", location: location(problem.path, problem.position)))
        }
        for finding in result.findings {
            let citations = ReportText.citations(finding.citations, language: language)
            issues.append(Issue(description: finding.message.text(in: language) + (citations.isEmpty ? "" : " (\(citations))"),
                                checkName: finding.ruleId, fingerprint: unique(finding.fingerprint),
                                severity: Self.severity(finding.severity), location: location(finding.path, finding.position)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(issues) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func location(_ path: String, _ position: SourcePosition) -> Issue.Location {
        Issue.Location(path: ReportText.relativePath(path, to: baseDirectory), lines: .init(begin: max(1, position.line)))
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }
}
