/// JUnit XML: one `testsuite` per document and one `testcase` per applicable rule of that document
/// (from `LintResult.coverage`), so a CI test tab doubles as the compliance checklist.
///
/// A met requirement is a passing case; a finding is a `failure` (every finding of the rule in its
/// body); a rule whose findings are all suppressed, waived or in the baseline is `skipped` with the
/// reason. Checks outside the rule packs (reading diagnostics, suppression comments, the ratchet)
/// get a case of their own; an input that could not be read is an `error`. Case names are unique
/// per `classname` (the document path), as GitLab requires.
public struct JUnitReporter: Reporter {
    public var baseDirectory: String

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory ?? ReportText.currentDirectory
    }

    struct Case {
        enum Outcome {
            case pass
            case failure([Finding])
            case skipped(String)
            case error(String)
        }
        var name: String
        var outcome: Outcome
    }

    public func render(_ result: LintResult, language: Language) -> String {
        var suites: [(path: String, properties: [(String, String)], cases: [Case])] = []
        var seen = Set<String>()
        for (position, document) in result.documents.enumerated() {
            let coverage = position < result.coverage.count ? result.coverage[position] : nil
            var properties = [("profile", document.profile.rawValue)]
            if let percent = coverage?.percent { properties.append(("coverage", "\(percent)%")) }
            suites.append((document.path, properties, cases(for: document.path, coverage: coverage, result: result, language: language)))
            seen.insert(document.path)
        }
        let otherPaths = Set(result.findings.map(\.path)).subtracting(seen).sorted()
        for path in otherPaths {
            suites.append((path, [], cases(for: path, coverage: nil, result: result, language: language)))
        }
        for problem in result.problems {
            suites.append((problem.path, [], [Case(name: language == .en ? "input" : "masukan",
                                                   outcome: .error(problem.rendered(in: language)))]))
        }

        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        let all = suites.flatMap(\.cases)
        lines.append("<testsuites name=\"spbelint\" \(counts(all)) time=\"0\">")
        for suite in suites {
            let name = ReportText.xml(ReportText.relativePath(suite.path, to: baseDirectory))
            lines.append("  <testsuite name=\"\(name)\" \(counts(suite.cases)) time=\"0\">")
            if !suite.properties.isEmpty {
                lines.append("    <properties>")
                for (key, value) in suite.properties {
                    lines.append("      <property name=\"\(ReportText.xml(key))\" value=\"\(ReportText.xml(value))\"/>")
                }
                lines.append("    </properties>")
            }
            for testCase in suite.cases {
                let open = "    <testcase classname=\"\(name)\" name=\"\(ReportText.xml(testCase.name))\" file=\"\(name)\" time=\"0\""
                switch testCase.outcome {
                case .pass:
                    lines.append(open + "/>")
                case .failure(let findings):
                    let first = findings[0]
                    let body = findings.map { TextReporter().line(for: $0, language: language) }.joined(separator: "\n")
                    lines.append(open + ">")
                    lines.append("      <failure type=\"\(first.severity.rawValue)\" message=\"\(ReportText.xml(first.message.text(in: language)))\">"
                                 + xmlBody(body) + "</failure>")
                    lines.append("    </testcase>")
                case .skipped(let message):
                    lines.append(open + ">")
                    lines.append("      <skipped message=\"\(ReportText.xml(message))\"/>")
                    lines.append("    </testcase>")
                case .error(let message):
                    lines.append(open + ">")
                    lines.append("      <error type=\"input\" message=\"\(ReportText.xml(message))\">" + xmlBody(message) + "</error>")
                    lines.append("    </testcase>")
                }
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func cases(for path: String, coverage: DocumentCoverage?, result: LintResult, language: Language) -> [Case] {
        let findings = result.findings.filter { $0.path == path }
        let suppressed = result.suppressed.filter { $0.finding.path == path }
        var cases: [Case] = []
        var named = Set<String>()
        func outcome(of rule: String) -> Case.Outcome {
            let failing = findings.filter { $0.ruleId == rule }
            if !failing.isEmpty { return .failure(failing) }
            let hidden = suppressed.filter { $0.finding.ruleId == rule }
            if !hidden.isEmpty { return .skipped(hidden.map { describe($0.suppression, language: language) }.joined(separator: "; ")) }
            return .pass
        }
        for requirement in coverage?.requirements ?? [] where requirement.status != .notApplicable {
            cases.append(Case(name: requirement.ruleId, outcome: outcome(of: requirement.ruleId)))
            named.insert(requirement.ruleId)
        }
        let others = Set(findings.map(\.ruleId) + suppressed.map(\.finding.ruleId)).subtracting(named).sorted()
        for rule in others {
            cases.append(Case(name: rule, outcome: outcome(of: rule)))
        }
        return cases
    }

    private func describe(_ suppression: Suppression, language: Language) -> String {
        let en = language == .en
        switch suppression.kind {
        case .inline:
            return (en ? "suppressed at " : "dinonaktifkan di ") + suppression.source + ": " + (suppression.justification ?? "")
        case .waiver:
            let owner = suppression.owner ?? "-"
            let until = suppression.expires ?? "-"
            return (en ? "waived (\(suppression.source), owner \(owner), until \(until)): "
                       : "dikecualikan (\(suppression.source), pemilik \(owner), berlaku s.d. \(until)): ")
                + (suppression.justification ?? "")
        case .baseline:
            return (en ? "in the baseline " : "sudah ada di baseline ") + suppression.source
        }
    }

    private func counts(_ cases: [Case]) -> String {
        var failures = 0, errors = 0, skipped = 0
        for testCase in cases {
            switch testCase.outcome {
            case .pass: break
            case .failure: failures += 1
            case .skipped: skipped += 1
            case .error: errors += 1
            }
        }
        return "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
    }

    /// Element content: escaped, with newlines kept as they are.
    private func xmlBody(_ text: String) -> String {
        ReportText.xml(text).replacingOccurrences(of: "&#10;", with: "\n")
    }
}
