import SPBELintCore

/// The HTML of one comparison of two versions: how they were put in order, the headline counts
/// (which add up to the rows below), and each requirement whose state changed.
struct HTMLVersionSection {
    let strings: ReportStrings

    func render(_ comparison: VersionComparison) -> [String] {
        let s = strings
        let e = HTMLText.escape
        let older = comparison.older, newer = comparison.newer
        var html = ["<section class=\"version\">"]
        html.append("<h3>\(e(newer.label))</h3>")
        html.append("<p class=\"headline\">\(e(s.changeHeadline(comparison))).</p>")
        html.append("<dl class=\"facts\">")
        html.append("<dt>\(e(s.orderedBy))</dt><dd>\(e(comparison.orderedBy.map { $0.name.text(in: s.language) }.joined(separator: ", ")))</dd>")
        html.append("<dt>\(e(s.older))</dt><dd>\(e(s.versionLine(older)))</dd>")
        html.append("<dt>\(e(s.newer))</dt><dd>\(e(s.versionLine(newer)))</dd>")
        html.append("<dt>\(e(s.obligationsChange))</dt><dd>\(older.obligations.notMet) → \(newer.obligations.notMet)</dd>")
        if let delta = comparison.percentDelta {
            html.append("<dt>\(e(s.overallCoverage))</dt><dd>\(e(s.percentText(older.coverage.percent))) → \(e(s.percentText(newer.coverage.percent))) "
                        + "<span class=\"badge \(delta > 0 ? "improved" : delta < 0 ? "regressed" : "unchanged")\">"
                        + "\(delta > 0 ? "+" : delta < 0 ? "−" : "±")\(abs(delta)) \(e(s.percentagePoints))</span></dd>")
        }
        html.append("</dl>")
        let changed = comparison.changed
        guard !changed.isEmpty else {
            return html + ["<p>\(e(s.noChanges))</p>", "</section>"]
        }
        html += ["<table class=\"changes\">", "<caption>\(e(s.changesCaption))</caption>",
                 "<colgroup><col class=\"c-req\"/><col class=\"c-area\"/><col class=\"c-status\"/><col class=\"c-status\"/><col class=\"c-change\"/><col class=\"c-code\"/></colgroup>",
                 "<thead><tr>",
                 "<th scope=\"col\">\(e(s.requirement))</th><th scope=\"col\">\(e(s.area))</th>",
                 "<th scope=\"col\">\(e(s.before))</th><th scope=\"col\">\(e(s.after))</th><th scope=\"col\">\(e(s.change))</th>",
                 "<th scope=\"col\">\(e(s.ruleCode))</th>",
                 "</tr></thead>", "<tbody>"]
        for change in changed {
            var after = status(change.after)
            if let heading = change.evidenceHeading {
                after += "<br/><span class=\"muted\">\(e(heading))\(change.evidenceLine.map { " (\(s.line) \($0))" } ?? "")</span>"
            }
            html.append("<tr><th scope=\"row\">\(e(change.requirement.text(in: s.language))) <span class=\"tag\">\(e(s.tierTag(change.tier)))</span></th>"
                        + "<td>\(e(AreaNames.name(change.area, in: s.language)))</td><td>\(status(change.before))</td><td>\(after)</td>"
                        + "<td><span class=\"badge \(change.direction.rawValue)\">\(e(s.directionText(change.direction)))</span></td>"
                        + "<td class=\"code\"><code>\(e(change.ruleId))</code></td></tr>")
        }
        html += ["</tbody>", "</table>"]
        html.append("<p class=\"muted\">\(comparison.unchangedCount) \(e(s.unchanged)).</p>")
        return html + ["</section>"]
    }

    private func status(_ state: RequirementState) -> String {
        HTMLStatus.badge(state, strings)
    }
}

/// The coloured, labelled badge of a requirement's state (text and symbol, not colour alone).
enum HTMLStatus {
    static func badge(_ requirement: RequirementResult, _ strings: ReportStrings) -> String {
        badge(RequirementState(requirement), strings)
    }

    static func badge(_ state: RequirementState, _ strings: ReportStrings) -> String {
        let name = HTMLText.escape(strings.stateName(state))
        switch state {
        case .met: return "<span class=\"status met\">✓ \(name)</span>"
        case .notMet: return "<span class=\"status not-met\">✗ \(name)</span>"
        case .withoutEvidence: return "<span class=\"status without-evidence\">○ \(name)</span>"
        case .notApplicable: return "<span class=\"status not-applicable\">– \(name)</span>"
        case .absent: return "<span class=\"muted\">\(name)</span>"
        }
    }
}
