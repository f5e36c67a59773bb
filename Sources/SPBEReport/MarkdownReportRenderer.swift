import SPBEIndex
import SPBELintCore

/// Renders a gap report as Markdown (GitHub-flavoured tables; charts as text bars).
public struct MarkdownReportRenderer: Sendable {
    public init() {}

    public func render(_ report: GapReport) -> String {
        let s = ReportStrings(language: report.language)
        var md: [String] = ["# \(s.reportTitle)", "", m(s.subtitle), ""]
        md.append("_\(m(s.generatedBy)) spbelint \(m(SPBELintVersion.current))\(report.date.map { " \(m(s.onDate)) \(m(ReportDate.text(iso: $0, in: s.language)))" } ?? "")_")
        if !report.problems.isEmpty {
            md += ["", "## \(s.problemsTitle)", ""]
            md += report.problems.map { "- `\($0.path):\($0.position.line):\($0.position.column)` \(m($0.message(in: report.language)))" }
        }
        let shared = report.documents.count > 1 ? sharedFacts(report, s) : []
        if report.documents.count > 1 { md += summary(report, s, shared: shared) }
        if report.documents.count > 1, report.documents.count <= HTMLReportRenderer.unfoldedLimit { md += comparison(report, s) }
        if !report.comparisons.isEmpty {
            md += ["", "## \(s.versionsTitle)"]
            for comparison in report.comparisons { md += MarkdownSections(strings: s).version(comparison) }
        }
        for document in report.documents {
            md += MarkdownSections(strings: s).document(document, index: report.index, framework: report.framework,
                                                        inlineCitations: report.documents.count == 1, shared: Set(shared.map(\.key)))
        }
        if report.documents.count > 1 { md += requirementsIndex(report, s) }
        if let index = report.index, !index.isEmpty { md += MarkdownSections(strings: s).index(index) }
        return md.joined(separator: "\n") + "\n"
    }

    private func m(_ text: String) -> String { MarkdownText.escape(text) }

    private func comparison(_ report: GapReport, _ s: ReportStrings) -> [String] {
        var md = ["", "## \(s.comparisonTitle)", "", "\(m(s.comparisonCaption)).", ""]
        md.append("| \(m(s.area)) | " + report.documents.map { "\(m($0.label)) (`\($0.path)`)" }.joined(separator: " | ") + " |")
        md.append("|---|" + String(repeating: "---:|", count: report.documents.count))
        for area in report.areas {
            md.append("| \(m(AreaNames.name(area, in: report.language))) | "
                      + report.documents.map { s.percentText($0.coverage.areas.first { $0.area == area }?.percent) }.joined(separator: " | ") + " |")
        }
        md.append("| **\(m(s.overallCoverage))** | " + report.documents.map { "**\(s.percentText($0.coverage.percent))**" }.joined(separator: " | ") + " |")
        md.append("| \(m(s.obligationsUnmet)) | " + report.documents.map { String($0.obligations.notMet) }.joined(separator: " | ") + " |")
        return md
    }

    private func sharedFacts(_ report: GapReport, _ s: ReportStrings) -> [(key: String, label: String, value: String)] {
        let all = report.documents.map { HTMLFacts.facts($0, s) }
        guard let first = all.first else { return [] }
        return first.filter { fact in
            ["instansi", "jenis", "tingkat", "periode", "profil"].contains(fact.key)
                && all.allSatisfy { facts in facts.contains { $0.key == fact.key && $0.value == fact.value } }
        }
    }

    private func summary(_ report: GapReport, _ s: ReportStrings, shared: [(key: String, label: String, value: String)]) -> [String] {
        var md = ["", "## \(s.summaryAllTitle)", ""]
        if !shared.isEmpty { md += ["**\(m(s.sameForAll))**: " + shared.map { "\(m($0.label)) \(m($0.value))" }.joined(separator: "; ") + ".", ""] }
        md.append("| No. | \(m(s.document)) | \(m(s.verdict)) | \(m(s.obligationsUnmet)) | \(m(s.criteriaUnmet)) | \(m(s.overallCoverage)) |")
        md.append("|---:|---|---|---:|---:|---:|")
        for (number, document) in report.documents.enumerated() {
            let tiers = document.tiers
            md.append("| \(number + 1) | \(m(document.label)) (`\(document.path)`) | \(m(document.verdict.name.text(in: s.language))) "
                      + "| \(s.outOf(tiers[0].notMet, tiers[0].applicable)) | \(s.outOf(tiers[1].notMet, tiers[1].applicable)) "
                      + "| \(s.percentText(document.coverage.percent)) |")
        }
        return md
    }

    private func requirementsIndex(_ report: GapReport, _ s: ReportStrings) -> [String] {
        var seen = Set<String>()
        var md = ["", "## \(s.requirementsIndex)", "", "| \(m(s.requirement)) | \(m(s.citation)) | \(m(s.ruleCode)) |", "|---|---|---|"]
        for document in report.documents {
            for requirement in document.coverage.requirements where seen.insert(requirement.ruleId).inserted {
                md.append("| \(m(requirement.requirement.text(in: s.language))) (\(m(s.tierTag(requirement.tier)))) "
                          + "| \(requirement.citations.map { "\(m(CitationText.plain($0))) (\(m(s.confidenceName($0.confidence))))" }.joined(separator: "; ")) "
                          + "| `\(requirement.ruleId)` |")
            }
        }
        return md
    }
}

/// A text bar for Markdown: ten cells, filled in proportion ("███████░░░").
enum TextBar {
    static func bar(_ percent: Int?, cells: Int = 10) -> String {
        guard let percent else { return "" }
        let filled = (min(max(percent, 0), 100) * cells + 50) / 100
        return String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
    }
}
