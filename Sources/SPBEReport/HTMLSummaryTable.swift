/// The first table of a multi-document report: one row per document with its verdict, unmet
/// obligations and criteria and its coverage, after the facts all documents share.
struct HTMLSummaryTable {
    let strings: ReportStrings

    func render(_ report: GapReport, shared: [(key: String, label: String, value: String)]) -> [String] {
        let s = strings
        let e = HTMLText.escape
        var html = ["<section id=\"summary-all\" aria-labelledby=\"summary-all-h\">", "<h2 id=\"summary-all-h\">\(e(s.summaryAllTitle))</h2>"]
        if !shared.isEmpty {
            html.append("<p class=\"shared\"><strong>\(e(s.sameForAll))</strong>: "
                        + shared.map { "\(e($0.label)) \(e($0.value))" }.joined(separator: "; ") + ".</p>")
        }
        let counts = Dictionary(grouping: report.documents, by: \.verdict).mapValues(\.count)
        html.append("<p class=\"verdicts\">" + Verdict.allCases.compactMap { verdict in
            counts[verdict].map { "<span class=\"badge \(verdict.band)\">\(e(verdict.name.text(in: s.language))): \($0)</span>" }
        }.joined(separator: " ") + "</p>")
        html += ["<table class=\"summary-all\">", "<caption>\(e(s.summaryAllCaption))</caption>",
                 "<colgroup><col class=\"c-no\"/><col class=\"c-doc\"/><col class=\"c-verdict\"/><col class=\"c-num\"/><col class=\"c-num\"/><col class=\"c-num\"/></colgroup>",
                 "<thead><tr><th scope=\"col\" class=\"num\">No.</th><th scope=\"col\">\(e(s.document))</th><th scope=\"col\">\(e(s.verdict))</th>",
                 "<th scope=\"col\" class=\"num\">\(e(s.obligationsUnmet))</th><th scope=\"col\" class=\"num\">\(e(s.criteriaUnmet))</th>",
                 "<th scope=\"col\" class=\"num\">\(e(s.overallCoverage))</th></tr></thead>", "<tbody>"]
        for (number, document) in report.documents.enumerated() {
            let verdict = document.verdict
            let tiers = document.tiers
            let band = document.coverage.percent.map(BarChartSVG.band) ?? "muted"
            html.append("<tr><td class=\"num\">\(number + 1)</td>"
                        + "<th scope=\"row\"><a href=\"#doc-\(number + 1)\">\(e(document.label))</a><br/><code>\(e(document.path))</code></th>"
                        + "<td><span class=\"badge \(verdict.band)\">\(e(verdict.name.text(in: s.language)))</span></td>"
                        + "<td class=\"num\">\(s.outOf(tiers[0].notMet, tiers[0].applicable))</td>"
                        + "<td class=\"num\">\(s.outOf(tiers[1].notMet, tiers[1].applicable))</td>"
                        + "<td class=\"num \(band)\">\(e(s.percentText(document.coverage.percent)))</td></tr>")
        }
        return html + ["</tbody>", "</table>", "</section>"]
    }
}
