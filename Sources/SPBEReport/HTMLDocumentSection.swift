import SPBEIndex
import SPBELintCore

/// The HTML of one document: verdict and headline, identity, counts per legal tier, the coverage
/// chart, what to write next, the coverage matrix (with evidence and findings) and the indicators
/// at risk.
struct HTMLDocumentSection {
    let strings: ReportStrings
    let anchor: String
    let index: IndexOverview?
    let framework: EvaluationFramework?
    /// Facts every document of the report shares, shown once in the summary instead.
    var sharedFacts: Set<String> = []
    /// Whether citations are shown in the matrix (one document), or once at the end of the report.
    var inlineCitations = true
    /// Whether the section is folded into a `<details>` element (many documents).
    var collapsible = false
    /// Whether the document's section starts open when `collapsible`.
    var open = true

    private var e: (String) -> String { HTMLText.escape }

    func render(_ document: DocumentGap) -> [String] {
        let kind = !collapsible ? " one" : open ? " unfolded" : " folded"
        var html = ["<section class=\"document\(kind)\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-h\">"]
        if collapsible {
            html.append("<details\(open ? " open=\"open\"" : "")>")
            html.append("<summary><h2 id=\"\(anchor)-h\">\(e(document.label))</h2> "
                        + "<span class=\"badge \(document.verdict.band)\">\(e(document.verdict.name.text(in: strings.language)))</span></summary>")
        } else {
            html.append("<h2 id=\"\(anchor)-h\">\(e(document.label))</h2>")
        }
        html += summary(document)
        html += matrix(document)
        html += readingProblems(document)
        if framework != nil { html += risks(document) }
        if collapsible { html.append("</details>") }
        return html + ["</section>"]
    }

    /// The self-assessments this document's summary charts.
    func chartedResults(_ document: DocumentGap) -> [IndexResult] {
        guard let index, let framework = preferredFramework(index) else { return [] }
        return index.results(for: document.institution, frameworkID: framework.id)
    }

    /// The framework of the risks when the self-assessments use it, else the first one assessed.
    private func preferredFramework(_ index: IndexOverview) -> EvaluationFramework? {
        (index.groups.first { $0.framework.id == framework?.id } ?? index.groups.first)?.framework
    }

    /// Verdict, identity, tiers, chart and priorities: the first page of a one-document report.
    private func summary(_ document: DocumentGap) -> [String] {
        let s = strings
        var html = ["<section class=\"summary\" aria-labelledby=\"\(anchor)-summary\">",
                    "<h3 id=\"\(anchor)-summary\" class=\"visually-hidden\">\(e(s.summary))</h3>"]
        let verdict = document.verdict
        html.append("<div class=\"verdict \(verdict.band)\">")
        html.append("<p class=\"verdict-name\">\(e(s.verdict)): <strong>\(e(verdict.name.text(in: s.language)))</strong></p>")
        html.append("<p class=\"headline\">\(e(s.headline(document.obligations))).</p>")
        html.append("<p class=\"note\">\(e(s.verdictNote(verdict)))</p>")
        html.append("</div>")
        html += HTMLFacts(strings: s).render(document, leaving: sharedFacts)
        let charts = charts(document)
        let withRadar = charts.contains { $0.hasPrefix("<figure class=\"radar\"") }
        html.append("<div class=\"overview\(withRadar ? " with-radar" : "")\">")
        html += ["<div class=\"tiers-block\">"] + tiers(document) + ["</div>"]
        html += charts
        html.append("</div>")
        html += priorities(document)
        return html + ["</section>"]
    }

    private func tiers(_ document: DocumentGap) -> [String] {
        let s = strings
        var html = ["<table class=\"tiers\">", "<caption>\(e(s.tiersCaption))</caption>", "<thead><tr>",
                    "<th scope=\"col\">\(e(s.tier))</th><th scope=\"col\" class=\"num\">\(e(s.applicable))</th>",
                    "<th scope=\"col\" class=\"num\">\(e(s.notMet))</th><th scope=\"col\" class=\"num\">\(e(s.metWithEvidence))</th>",
                    "<th scope=\"col\" class=\"num\">\(e(s.withoutEvidence))</th><th scope=\"col\" class=\"num\">\(e(s.coverage))</th>",
                    "</tr></thead>", "<tbody>"]
        for tier in document.tiers {
            let band = tier.percent.map(BarChartSVG.band) ?? "muted"
            html.append("<tr\(tier.basis == .kewajiban ? " class=\"lead\"" : "")><th scope=\"row\">\(e(s.tierTitle(tier.basis)))</th>"
                        + "<td class=\"num\">\(tier.applicable)</td>"
                        + "<td class=\"num\(tier.notMet > 0 ? " poor" : "")\">\(tier.notMet)</td>"
                        + "<td class=\"num\">\(tier.met)</td><td class=\"num\">\(tier.withoutEvidence)</td>"
                        + "<td class=\"num \(band)\">\(e(s.percentText(tier.percent)))</td></tr>")
        }
        html.append("</tbody>")
        html.append("<tfoot><tr><th scope=\"row\">\(e(s.overallCoverage))</th><td colspan=\"5\" class=\"num\">"
                    + "\(e(s.percentText(document.coverage.percent)))</td></tr></tfoot>")
        html.append("</table>")
        html.append("<p class=\"fineprint\">\(e(s.coverageNote)) \(e(s.withoutEvidenceNote))</p>")
        return html
    }

    private func charts(_ document: DocumentGap) -> [String] {
        let s = strings
        let chart = BarChartSVG(id: "\(anchor)-chart", title: s.chartTitle, description: s.chartDescription,
                                bars: document.coverage.areas.map { area in
                                    .init(label: AreaNames.name(area.area, in: s.language), percent: area.percent,
                                          detail: s.areaDetail(met: area.met, counted: area.met + area.notMet))
                                },
                                missingText: s.percentText(nil), missingDetail: s.noCountedRequirement)
        var html = ["<figure class=\"bars\">", chart.svg, "<figcaption>\(e(s.chartTitle)). \(e(s.chartCaptionNote))</figcaption>", "</figure>"]
        if let index, let framework = preferredFramework(index),
           let radar = index.radar(index.results(for: document.institution, frameworkID: framework.id), framework: framework,
                                   id: "\(anchor)-radar", strings: s) {
            html += ["<figure class=\"radar\">", radar.svg, "<figcaption>\(e(s.radarTitle)) (\(e(framework.instrument))): \(e(s.radarDescription))</figcaption>", "</figure>"]
        }
        return html
    }

    private func priorities(_ document: DocumentGap) -> [String] {
        let s = strings
        let unmet = document.unmet
        guard !unmet.isEmpty else { return ["<p class=\"priorities\">\(e(s.noPriorities))</p>"] }
        var html: [String] = []
        let obligations = unmet.filter { $0.tier == .kewajiban }
        let room = 5
        if !obligations.isEmpty {
            let shown = obligations.prefix(room)
            html += ["<h4>\(e(s.mustWrite))</h4>", "<ol class=\"priorities\">"]
            html += shown.map(priority)
            if obligations.count > shown.count {
                html.append("<li class=\"more\">\(e(s.fill(s.andMore, obligations.count - shown.count)))</li>")
            }
            html.append("</ol>")
        }
        let others = unmet.filter { $0.tier != .kewajiban }
        if !others.isEmpty, obligations.count >= room {
            html.append("<p class=\"more\">\(e(s.alsoUnmet(others.count)))</p>")
        } else if !others.isEmpty {
            let shown = others.prefix(room - obligations.count)
            html += ["<h4>\(e(s.shouldWrite))</h4>", "<ol class=\"priorities\">"]
            html += shown.map(priority)
            if others.count > shown.count {
                html.append("<li class=\"more\">\(e(s.fill(s.andMore, others.count - shown.count)))</li>")
            }
            html.append("</ol>")
        }
        return html
    }

    private func priority(_ requirement: RequirementResult) -> String {
        "<li><strong>\(e(AreaNames.name(requirement.area, in: strings.language)))</strong>: "
            + "\(e(requirement.requirement.text(in: strings.language))) <span class=\"tag\">\(e(strings.tierTag(requirement.tier)))</span></li>"
    }

    private func matrix(_ document: DocumentGap) -> [String] {
        let s = strings
        var html = ["<section class=\"matrix\" aria-labelledby=\"\(anchor)-matrix\">", "<h3 id=\"\(anchor)-matrix\">\(e(s.matrixTitle))</h3>",
                    "<table class=\"matrix\">", "<caption>\(e(s.matrixCaption))</caption>",
                    "<colgroup><col class=\"c-req\"/><col class=\"c-status\"/><col class=\"c-evidence\"/><col class=\"c-code\"/></colgroup>",
                    "<thead><tr>",
                    "<th scope=\"col\">\(e(s.requirement))</th><th scope=\"col\">\(e(s.status))</th>",
                    "<th scope=\"col\">\(e(s.evidence))</th><th scope=\"col\">\(e(s.ruleCode))</th>", "</tr></thead>"]
        for area in document.coverage.areas {
            html.append("<tbody>")
            html.append("<tr class=\"area-row\"><th scope=\"rowgroup\" colspan=\"4\">\(e(AreaNames.name(area.area, in: s.language))): "
                        + "\(e(s.percentText(area.percent))) <span class=\"muted\">(\(e(s.areaTotals(area))))</span></th></tr>")
            for requirement in document.matrixRows(area.area) {
                html.append(row(requirement, document))
            }
            let notApplicable = document.notApplicable(area.area)
            if !notApplicable.isEmpty {
                html.append("<tr class=\"na\"><td colspan=\"4\">– \(e(s.notApplicableLine(notApplicable.count))): "
                            + notApplicable.map { "<code>\(e($0.ruleId))</code>" }.joined(separator: ", ") + "</td></tr>")
            }
            html.append("</tbody>")
        }
        return html + ["</table>", "</section>"]
    }

    private func row(_ requirement: RequirementResult, _ document: DocumentGap) -> String {
        let s = strings
        var cell = e(requirement.requirement.text(in: s.language))
        if inlineCitations, !requirement.citations.isEmpty {
            cell += "<br/><span class=\"cite\">\(HTMLCitations.render(requirement.citations, s))</span>"
        }
        return "<tr><th scope=\"row\">\(cell)</th><td>\(HTMLStatus.badge(requirement, s))<br/><span class=\"tag\">\(e(s.tierTag(requirement.tier)))</span></td>"
            + "<td>\(evidence(requirement, document))</td><td class=\"code\"><code>\(e(requirement.ruleId))</code></td></tr>"
    }

    /// What shows the requirement met (the section and line), or the findings that say it is not.
    private func evidence(_ requirement: RequirementResult, _ document: DocumentGap) -> String {
        let s = strings
        if requirement.withoutEvidence { return "<span class=\"muted\">\(e(s.nothingFound))</span>" }
        switch requirement.status {
        case .met:
            return EvidenceText.html(requirement, document, s)
        case .notMet:
            let findings = document.findings(of: requirement.ruleId)
            guard !findings.isEmpty else {
                let hidden = document.suppressed(of: requirement.ruleId).map { hidden in
                    "\(e(s.suppressed(hidden.suppression.justification))) <span class=\"muted\">(\(e(s.line)) \(hidden.finding.position.line))</span>"
                }
                return hidden.isEmpty ? "<span class=\"muted\">\(e(s.rootCauseElsewhere))</span>" : hidden.prefix(3).joined(separator: "<br/>")
            }
            let shown = findings.prefix(3).map { finding in
                "\(e(finding.message.text(in: s.language))) <span class=\"muted\">(\(e(s.line)) \(finding.position.line))</span>"
            }
            let more = findings.count > 3 ? ["<span class=\"muted\">\(e(s.fill(s.moreFindings, findings.count - 3)))</span>"] : []
            return (shown + more).joined(separator: "<br/>")
        case .notApplicable:
            return ""
        }
    }

    private func readingProblems(_ document: DocumentGap) -> [String] {
        let findings = document.readingFindings
        guard !findings.isEmpty else { return [] }
        let s = strings
        var html = ["<section aria-labelledby=\"\(anchor)-reading\">", "<h3 id=\"\(anchor)-reading\">\(e(s.readingTitle))</h3>", "<ul>"]
        html += findings.map { finding in
            "<li>\(e(finding.message.text(in: s.language))) <span class=\"muted\">(\(e(s.line)) \(finding.position.line))</span></li>"
        }
        return html + ["</ul>", "</section>"]
    }

    private func risks(_ document: DocumentGap) -> [String] {
        let s = strings
        var html = ["<section class=\"risks\" aria-labelledby=\"\(anchor)-risks\">", "<h3 id=\"\(anchor)-risks\">\(e(s.risksTitle))</h3>"]
        guard !document.risks.isEmpty, let framework else { return html + ["<p>\(e(s.noRisks))</p>", "</section>"] }
        let assessed = index?.latest(for: document.institution, frameworkID: framework.id)
        html += ["<table class=\"risks\">", "<caption>\(e(s.risksCaption)) (\(e(framework.instrument)))</caption>",
                 "<colgroup><col class=\"c-indicator\"/></colgroup>", "<thead><tr>",
                 "<th scope=\"col\">\(e(s.indicator))</th><th scope=\"col\">\(e(s.severity))</th><th scope=\"col\" class=\"num\">\(e(s.findingsCount))</th>",
                 "<th scope=\"col\" class=\"num\">\(e(s.maxLevel))</th>"]
        if assessed != nil { html.append("<th scope=\"col\" class=\"num\">\(e(s.selfAssessed))</th>") }
        html += ["<th scope=\"col\" class=\"num\">\(e(s.pointsAtRisk))</th>", "</tr></thead>", "<tbody>"]
        var anyOverCap = false
        for risk in document.risks {
            var row = "<tr><th scope=\"row\">\(risk.indicator.number). \(e(risk.indicator.name))</th>"
                + "<td><span class=\"badge \(e(risk.severity))\">\(e(s.severityName(risk.severity)))</span></td>"
                + "<td class=\"num\">\(risk.findings)</td><td class=\"num\">\(risk.cap.map(String.init) ?? e(s.noCap))</td>"
            if let assessed {
                let level = assessed.assessment.level(of: risk.indicator.number)
                let overCap = level.map { level in risk.cap.map { level > $0 } ?? false } ?? false
                anyOverCap = anyOverCap || overCap
                row += "<td class=\"num\(overCap ? " poor" : "")\">\(level.map(String.init) ?? "–")\(overCap ? " ▲" : "")</td>"
            }
            row += "<td class=\"num\">\(e(Numbers.fixed(risk.pointsAtRisk, places: 2, language: s.language)))</td></tr>"
            html.append(row)
        }
        html += ["</tbody>", "</table>"]
        if anyOverCap { html.append("<p class=\"muted\">▲ \(e(s.overCapNote))</p>") }
        return html + ["</section>"]
    }
}

/// Citations with their confidence, for a matrix cell or the list of requirements.
enum HTMLCitations {
    static func render(_ list: [Citation], _ strings: ReportStrings) -> String {
        list.map { citation in
            HTMLText.escape(CitationText.plain(citation)) + (citation.confidence == .confirmed ? ""
                : " <span class=\"confidence\">(\(HTMLText.escape(strings.confidenceName(citation.confidence))))</span>")
        }.joined(separator: "; ")
    }
}
