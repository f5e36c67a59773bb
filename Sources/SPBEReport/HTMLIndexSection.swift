import SPBEIndex
import SPBELintCore

/// The HTML of the self-assessments: a radar of aspect indices and the numbers behind it.
struct HTMLIndexSection {
    let strings: ReportStrings

    /// The aspect table of every group; a radar only for the groups with assessments that no
    /// document's summary already charts (`charted`).
    func render(_ overview: IndexOverview, charted: Set<IndexResult>) -> [String] {
        let s = strings
        let e = HTMLText.escape
        var html = ["<section id=\"index\" aria-labelledby=\"index-h\">", "<h2 id=\"index-h\">\(e(s.indexTitle))</h2>"]
        for (number, group) in overview.groups.enumerated() {
            guard let first = group.results.first else { continue }
            let frameworkName = s.language == .en ? group.framework.nameEN : group.framework.name
            html.append("<h3>\(e(s.radarTitle)): \(e(frameworkName)) (\(e(group.framework.instrument)))</h3>")
            let axes = first.aspects.map { AspectNames.name($0, frameworkID: group.framework.id, in: s.language) }
            if !group.results.allSatisfy(charted.contains),
               let chart = overview.radar(group.results, framework: group.framework, id: "radar-\(number + 1)", strings: s) {
                html += ["<figure>", chart.svg, "<figcaption>\(e(s.radarDescription))</figcaption>", "</figure>"]
            }
            html += ["<table class=\"aspects\">", "<caption>\(e(s.aspectsCaption))</caption>", "<thead><tr>",
                     "<th scope=\"col\">\(e(s.aspect))</th>"]
            html += group.results.map { "<th scope=\"col\" class=\"num\">\(e($0.assessment.label))</th>" }
            html += ["</tr></thead>", "<tbody>"]
            for (position, aspect) in first.aspects.enumerated() {
                html.append("<tr><th scope=\"row\">\(aspect.number). \(e(axes[position]))</th>"
                            + group.results.map { "<td class=\"num\">\(e(value($0.aspect(aspect.number)?.index)))</td>" }.joined() + "</tr>")
            }
            html.append("<tr class=\"area-row\"><th scope=\"row\">\(e(s.indexValue))</th>"
                        + group.results.map { "<td class=\"num\">\(e(value($0.index)))</td>" }.joined() + "</tr>")
            html.append("<tr><th scope=\"row\">\(e(s.predicate))</th>"
                        + group.results.map { "<td class=\"num\">\(e(predicate($0)))</td>" }.joined() + "</tr>")
            if group.results.contains(where: { $0.assessment.target != nil }) {
                html.append("<tr><th scope=\"row\">\(e(s.target))</th>"
                            + group.results.map { "<td class=\"num\">\(e(value($0.assessment.target)))</td>" }.joined() + "</tr>")
            }
            html += ["</tbody>", "</table>"]
        }
        return html + ["</section>"]
    }

    private func value(_ number: FixedPoint?) -> String {
        number.map { Numbers.fixed($0, places: 2, language: strings.language) } ?? "–"
    }

    private func predicate(_ result: IndexResult) -> String {
        guard let band = result.predicate else { return "–" }
        return strings.language == .en && !band.nameEN.isEmpty ? band.nameEN : band.name
    }
}
