import SPBEIndex
import SPBELintCore

/// Renders a gap report as one self-contained HTML file: inline CSS and SVG, no script, nothing
/// from the network, every document text escaped.
public struct HTMLReportRenderer: Sendable {
    public init() {}

    /// Documents up to this many are compared area by area and shown unfolded; more get folded sections.
    static let unfoldedLimit = 4

    public func render(_ report: GapReport) -> String {
        let s = ReportStrings(language: report.language)
        let e = HTMLText.escape
        let many = report.documents.count > 1
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"\(report.language.rawValue)\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\"/>")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        html.append("<meta name=\"generator\" content=\"spbelint \(e(SPBELintVersion.current))\"/>")
        let titled = report.documents.count == 1 ? ": " + report.documents[0].label : ""
        html.append("<title>\(e(s.reportTitle + titled))</title>")
        html.append("<style>\n\(HTMLReportStyle.css(pageLabel: s.page, of: s.pageOf))\n</style>")
        html.append("</head>")
        html.append("<body>")
        html.append("<header class=\"report\">")
        html.append("<h1>\(e(s.reportTitle))</h1>")
        html.append("<p class=\"subtitle\">\(e(s.subtitle))</p>")
        let date = report.date.map { " \(s.onDate) \(ReportDate.text(iso: $0, in: s.language))" } ?? ""
        html.append("<p class=\"meta\">\(e(s.generatedBy)) spbelint \(e(SPBELintVersion.current))\(e(date))</p>")
        html.append("</header>")
        html.append("<main>")
        html += contents(report, s)
        html += problems(report, s)
        let shared = many ? sharedFacts(report, s) : []
        if many { html += HTMLSummaryTable(strings: s).render(report, shared: shared) }
        if many, report.documents.count <= Self.unfoldedLimit { html += comparison(report, s) }
        html += versions(report, s)
        var charted = Set<IndexResult>()
        for (number, document) in report.documents.enumerated() {
            var section = HTMLDocumentSection(strings: s, anchor: "doc-\(number + 1)", index: report.index, framework: report.framework)
            section.sharedFacts = Set(shared.map(\.key))
            section.inlineCitations = !many
            section.collapsible = many
            section.open = report.documents.count <= Self.unfoldedLimit
            html += section.render(document)
            charted.formUnion(section.chartedResults(document))
        }
        if many { html += requirementsIndex(report, s) }
        if let index = report.index, !index.isEmpty { html += HTMLIndexSection(strings: s).render(index, charted: charted) }
        html.append("</main>")
        html.append("<footer><p>\(e(s.generatedBy)) spbelint \(e(SPBELintVersion.current)). \(e(footerNote(s)))</p></footer>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    /// The facts (institution, kind, level, profile...) with one value across every document.
    private func sharedFacts(_ report: GapReport, _ s: ReportStrings) -> [(key: String, label: String, value: String)] {
        let all = report.documents.map { HTMLFacts.facts($0, s) }
        guard let first = all.first else { return [] }
        return first.filter { fact in
            ["instansi", "jenis", "tingkat", "periode", "profil"].contains(fact.key)
                && all.allSatisfy { facts in facts.contains { $0.key == fact.key && $0.value == fact.value } }
        }
    }

    /// Every requirement of the report once, with its tier and citations, for multi-document reports.
    private func requirementsIndex(_ report: GapReport, _ s: ReportStrings) -> [String] {
        let e = HTMLText.escape
        var seen = Set<String>()
        var requirements: [RequirementResult] = []
        for document in report.documents {
            for requirement in document.coverage.requirements where seen.insert(requirement.ruleId).inserted {
                requirements.append(requirement)
            }
        }
        guard !requirements.isEmpty else { return [] }
        var html = ["<section id=\"requirements\" aria-labelledby=\"requirements-h\">",
                    "<h2 id=\"requirements-h\">\(e(s.requirementsIndex))</h2>",
                    "<table class=\"requirements\">", "<caption>\(e(s.requirementsIndex))</caption>",
                    "<colgroup><col class=\"c-req\"/><col class=\"c-cite\"/><col class=\"c-code\"/></colgroup>",
                    "<thead><tr><th scope=\"col\">\(e(s.requirement))</th><th scope=\"col\">\(e(s.citation))</th>"
                        + "<th scope=\"col\">\(e(s.ruleCode))</th></tr></thead>", "<tbody>"]
        for requirement in requirements {
            html.append("<tr><th scope=\"row\">\(e(requirement.requirement.text(in: s.language))) <span class=\"tag\">\(e(s.tierTag(requirement.tier)))</span></th>"
                        + "<td class=\"cite\">\(HTMLCitations.render(requirement.citations, s))</td><td class=\"code\"><code>\(e(requirement.ruleId))</code></td></tr>")
        }
        return html + ["</tbody>", "</table>", "</section>"]
    }

    private func footerNote(_ s: ReportStrings) -> String {
        s.language == .en
            ? "Citations are confirmed in the regulation's own text unless marked “unconfirmed” or “secondary source”."
            : "Rujukan sudah dikonfirmasi dari naskah peraturannya sendiri, kecuali yang bertanda “belum terkonfirmasi” atau “sumber sekunder”."
    }

    private func contents(_ report: GapReport, _ s: ReportStrings) -> [String] {
        let e = HTMLText.escape
        var items: [String] = []
        if !report.problems.isEmpty { items.append("<li><a href=\"#problems\">\(e(s.problemsTitle))</a></li>") }
        if report.documents.count > 1 { items.append("<li><a href=\"#summary-all\">\(e(s.summaryAllTitle))</a></li>") }
        if report.documents.count > 1, report.documents.count <= Self.unfoldedLimit {
            items.append("<li><a href=\"#comparison\">\(e(s.comparisonTitle))</a></li>")
        }
        if !report.comparisons.isEmpty { items.append("<li><a href=\"#versions\">\(e(s.versionsTitle))</a></li>") }
        if report.documents.count == 1 {
            items.append("<li><a href=\"#doc-1-matrix\">\(e(s.matrixTitle))</a></li>")
            if report.framework != nil { items.append("<li><a href=\"#doc-1-risks\">\(e(s.risksTitle))</a></li>") }
        } else if report.documents.count <= Self.unfoldedLimit {
            for (number, document) in report.documents.enumerated() {
                items.append("<li><a href=\"#doc-\(number + 1)\">\(e(document.label))</a> <span class=\"muted\">(\(e(document.path)))</span></li>")
            }
        }
        if report.documents.count > 1 { items.append("<li><a href=\"#requirements\">\(e(s.requirementsIndex))</a></li>") }
        if report.index.map({ !$0.isEmpty }) ?? false { items.append("<li><a href=\"#index\">\(e(s.indexTitle))</a></li>") }
        guard !items.isEmpty else { return [] }
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
        html.append("<tr><th scope=\"row\">\(e(s.obligationsUnmet))</th>")
        html += report.documents.map { "<td class=\"num\">\($0.obligations.notMet)</td>" }
        html.append("</tr>")
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
