import SPBEIndex
import SPBELintCore

/// Renders a gap report as one self-contained HTML file: inline CSS and SVG, no script, nothing
/// from the network, every document text escaped.
public struct HTMLReportRenderer: Sendable {
    public init() {}

    public func render(_ report: GapReport) -> String {
        let s = ReportStrings(language: report.language)
        let e = HTMLText.escape
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"\(report.language.rawValue)\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\"/>")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        html.append("<meta name=\"generator\" content=\"spbelint \(e(SPBELintVersion.current))\"/>")
        let titled = report.documents.count == 1 ? ": " + report.documents[0].label : ""
        html.append("<title>\(e(s.reportTitle + titled))</title>")
        html.append("<style>\n\(HTMLReportStyle.css)\n</style>")
        html.append("</head>")
        html.append("<body>")
        html.append("<header class=\"report\">")
        html.append("<h1>\(e(s.reportTitle))</h1>")
        html.append("<p class=\"subtitle\">\(e(s.subtitle))</p>")
        let date = report.date.map { " \(s.onDate) \($0)" } ?? ""
        html.append("<p class=\"meta\">\(e(s.generatedBy)) spbelint \(e(SPBELintVersion.current))\(e(date))</p>")
        html.append("</header>")
        html.append("<main>")
        html += contents(report, s)
        html += problems(report, s)
        html += comparison(report, s)
        html += versions(report, s)
        var charted = Set<IndexResult>()
        for (number, document) in report.documents.enumerated() {
            let section = HTMLDocumentSection(strings: s, anchor: "doc-\(number + 1)", index: report.index, framework: report.framework)
            html += section.render(document)
            charted.formUnion(section.chartedResults(document))
        }
        if let index = report.index, !index.isEmpty { html += HTMLIndexSection(strings: s).render(index, charted: charted) }
        html.append("</main>")
        html.append("<footer><p>\(e(s.generatedBy)) spbelint \(e(SPBELintVersion.current)). \(e(footerNote(s)))</p></footer>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    private func footerNote(_ s: ReportStrings) -> String {
        s.language == .en
            ? "Citations marked “unconfirmed” or “secondary source” have not been read in the regulation's own text."
            : "Rujukan bertanda “belum terkonfirmasi” atau “sumber sekunder” belum dibaca dari naskah peraturannya sendiri."
    }

    private func contents(_ report: GapReport, _ s: ReportStrings) -> [String] {
        var items: [String] = []
        if !report.problems.isEmpty { items.append("<li><a href=\"#problems\">\(HTMLText.escape(s.problemsTitle))</a></li>") }
        if report.documents.count > 1 { items.append("<li><a href=\"#comparison\">\(HTMLText.escape(s.comparisonTitle))</a></li>") }
        if !report.comparisons.isEmpty { items.append("<li><a href=\"#versions\">\(HTMLText.escape(s.versionsTitle))</a></li>") }
        let hasIndex = report.index.map { !$0.isEmpty } ?? false
        guard !items.isEmpty || hasIndex else { return [] }
        for (number, document) in report.documents.enumerated() {
            items.append("<li><a href=\"#doc-\(number + 1)\">\(HTMLText.escape(document.label))</a> <span class=\"muted\">(\(HTMLText.escape(document.path)))</span></li>")
        }
        if hasIndex { items.append("<li><a href=\"#index\">\(HTMLText.escape(s.indexTitle))</a></li>") }
        return ["<nav aria-labelledby=\"contents-h\">", "<h2 id=\"contents-h\">\(HTMLText.escape(s.contents))</h2>", "<ol>"]
            + items + ["</ol>", "</nav>"]
    }

    private func problems(_ report: GapReport, _ s: ReportStrings) -> [String] {
        guard !report.problems.isEmpty else { return [] }
        var html = ["<section id=\"problems\" aria-labelledby=\"problems-h\">", "<h2 id=\"problems-h\">\(HTMLText.escape(s.problemsTitle))</h2>", "<ul>"]
        for problem in report.problems {
            html.append("<li><code>\(HTMLText.escape("\(problem.path):\(problem.position.line):\(problem.position.column)"))</code> "
                        + "\(HTMLText.escape(problem.message(in: report.language)))</li>")
        }
        return html + ["</ul>", "</section>"]
    }

    /// Documents × areas: the coverage of each area in each document.
    private func comparison(_ report: GapReport, _ s: ReportStrings) -> [String] {
        guard report.documents.count > 1 else { return [] }
        let e = HTMLText.escape
        var html = ["<section id=\"comparison\" aria-labelledby=\"comparison-h\">", "<h2 id=\"comparison-h\">\(e(s.comparisonTitle))</h2>",
                    "<table class=\"comparison\">", "<caption>\(e(s.comparisonCaption))</caption>", "<thead>", "<tr>",
                    "<th scope=\"col\">\(e(s.area))</th>"]
        for document in report.documents {
            html.append("<th scope=\"col\">\(e(document.label))<br/><code>\(e(document.path))</code></th>")
        }
        html += ["</tr>", "</thead>", "<tbody>"]
        for area in report.areas {
            html.append("<tr>")
            html.append("<th scope=\"row\">\(e(AreaNames.name(area, in: report.language)))</th>")
            for document in report.documents {
                html.append(percentCell(document.coverage.areas.first { $0.area == area }?.percent, s))
            }
            html.append("</tr>")
        }
        html.append("<tr class=\"area-row\"><th scope=\"row\">\(e(s.overallCoverage))</th>")
        html += report.documents.map { percentCell($0.coverage.percent, s) }
        html.append("</tr>")
        for (label, severity) in [(s.errors, Severity.error), (s.warnings, .warning)] {
            html.append("<tr><th scope=\"row\">\(e(label))</th>")
            html += report.documents.map { "<td class=\"num\">\($0.count(severity))</td>" }
            html.append("</tr>")
        }
        return html + ["</tbody>", "</table>", "</section>"]
    }

    private func percentCell(_ percent: Int?, _ s: ReportStrings) -> String {
        guard let percent else { return "<td class=\"num muted\">\(HTMLText.escape(s.percentText(nil)))</td>" }
        return "<td class=\"num \(BarChartSVG.band(percent))\">\(percent)%</td>"
    }

    private func versions(_ report: GapReport, _ s: ReportStrings) -> [String] {
        guard !report.comparisons.isEmpty else { return [] }
        var html = ["<section id=\"versions\" aria-labelledby=\"versions-h\">", "<h2 id=\"versions-h\">\(HTMLText.escape(s.versionsTitle))</h2>"]
        for comparison in report.comparisons {
            html += HTMLVersionSection(strings: s).render(comparison)
        }
        return html + ["</section>"]
    }
}
