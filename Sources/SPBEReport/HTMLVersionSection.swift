import SPBELintCore

/// The HTML of one comparison of two versions: coverage before and after, and each requirement that
/// improved or regressed.
struct HTMLVersionSection {
    let strings: ReportStrings

    func render(_ comparison: VersionComparison) -> [String] {
        let s = strings
        let e = HTMLText.escape
        let older = comparison.older, newer = comparison.newer
        var html = ["<section class=\"version\">"]
        html.append("<h3>\(e(newer.label))</h3>")
        html.append("<dl class=\"facts\">")
        html.append("<dt>\(e(s.older))</dt><dd><code>\(e(older.path))</code>: \(e(s.percentText(older.coverage.percent))), "
                    + "\(older.count(.error)) \(e(s.errors.lowercased())), \(older.count(.warning)) \(e(s.warnings.lowercased()))</dd>")
        html.append("<dt>\(e(s.newer))</dt><dd><code>\(e(newer.path))</code>: \(e(s.percentText(newer.coverage.percent))), "
                    + "\(newer.count(.error)) \(e(s.errors.lowercased())), \(newer.count(.warning)) \(e(s.warnings.lowercased()))</dd>")
        if let delta = comparison.percentDelta {
            html.append("<dt>\(e(s.change))</dt><dd><span class=\"badge \(delta > 0 ? "improved" : delta < 0 ? "regressed" : "unchanged")\">"
                        + "\(delta > 0 ? "+" : "")\(delta) \(s.language == .en ? "percentage points" : "poin persen")</span></dd>")
        }
        html.append("</dl>")
        let changed = comparison.improved + comparison.regressed
        guard !changed.isEmpty else {
            return html + ["<p>\(e(s.noChanges))</p>", "</section>"]
        }
        html += ["<table>", "<caption>\(e(s.changesCaption))</caption>", "<thead><tr>",
                 "<th scope=\"col\">\(e(s.requirement))</th><th scope=\"col\">\(e(s.area))</th>",
                 "<th scope=\"col\">\(e(s.before))</th><th scope=\"col\">\(e(s.after))</th><th scope=\"col\">\(e(s.change))</th>",
                 "</tr></thead>", "<tbody>"]
        for change in changed {
            let direction = change.direction == .improved ? s.improved : s.regressed
            var after = status(change.after)
            if let heading = change.evidenceHeading, change.after == .met { after += "<br/><span class=\"muted\">\(e(heading))</span>" }
            html.append("<tr><th scope=\"row\">\(e(change.requirement.text(in: s.language))) <code>\(e(change.ruleId))</code></th>"
                        + "<td>\(e(AreaNames.name(change.area, in: s.language)))</td><td>\(status(change.before))</td><td>\(after)</td>"
                        + "<td><span class=\"badge \(change.direction.rawValue)\">\(change.direction == .improved ? "▲" : "▼") \(e(direction))</span></td></tr>")
        }
        html += ["</tbody>", "</table>"]
        html.append("<p class=\"muted\">\(comparison.unchangedCount) \(e(s.unchanged)).</p>")
        return html + ["</section>"]
    }

    private func status(_ status: RequirementStatus?) -> String {
        guard let status else { return "<span class=\"muted\">\(HTMLText.escape(strings.absent))</span>" }
        return HTMLStatus.badge(status, strings)
    }
}

/// The coloured, labelled badge of a requirement status (text and symbol, not colour alone).
enum HTMLStatus {
    static func badge(_ status: RequirementStatus, _ strings: ReportStrings) -> String {
        let symbol: String
        switch status {
        case .met: symbol = "✓"
        case .notMet: symbol = "✗"
        case .notApplicable: symbol = "–"
        }
        return "<span class=\"status \(status.rawValue)\">\(symbol) \(HTMLText.escape(strings.statusName(status)))</span>"
    }
}
