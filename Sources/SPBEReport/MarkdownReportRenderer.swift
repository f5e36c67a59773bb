import SPBEIndex
import SPBELintCore

/// Renders a gap report as Markdown (GitHub-flavoured tables; charts as text bars).
public struct MarkdownReportRenderer: Sendable {
    public init() {}

    public func render(_ report: GapReport) -> String {
        let s = ReportStrings(language: report.language)
        var md: [String] = ["# \(s.reportTitle)", "", m(s.subtitle), ""]
        md.append("_\(m(s.generatedBy)) spbelint \(m(SPBELintVersion.current))\(report.date.map { " \(m(s.onDate)) \(m($0))" } ?? "")_")
        if !report.problems.isEmpty {
            md += ["", "## \(s.problemsTitle)", ""]
            md += report.problems.map { "- `\($0.path):\($0.position.line):\($0.position.column)` \(m($0.message(in: report.language)))" }
        }
        if report.documents.count > 1 { md += comparison(report, s) }
        if !report.comparisons.isEmpty {
            md += ["", "## \(s.versionsTitle)"]
            for comparison in report.comparisons { md += MarkdownSections(strings: s).version(comparison) }
        }
        for document in report.documents {
            md += MarkdownSections(strings: s).document(document, index: report.index, framework: report.framework)
        }
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
        md.append("| \(m(s.errors)) | " + report.documents.map { String($0.count(.error)) }.joined(separator: " | ") + " |")
        md.append("| \(m(s.warnings)) | " + report.documents.map { String($0.count(.warning)) }.joined(separator: " | ") + " |")
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
