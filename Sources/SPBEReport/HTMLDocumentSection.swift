import SPBEIndex
import SPBELintCore

/// The HTML of one document: facts, summary with the coverage chart, what to write next, the
/// coverage matrix, findings by area and the indicators at risk.
struct HTMLDocumentSection {
    let strings: ReportStrings
    let anchor: String
    let index: IndexOverview?
    let framework: EvaluationFramework?

    private var e: (String) -> String { HTMLText.escape }

    func render(_ document: DocumentGap) -> [String] {
        var html = ["<section class=\"document\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-h\">",
                    "<h2 id=\"\(anchor)-h\">\(e(document.label))</h2>"]
        html += facts(document)
        html += summary(document)
        html += matrix(document)
        html += findings(document)
        if framework != nil { html += risks(document) }
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

    private func facts(_ document: DocumentGap) -> [String] {
        let s = strings
        var rows: [(String, String)] = [(s.path, "<code>\(e(document.path))</code>")]
        if let institution = document.institution { rows.append((s.institution, e(institution))) }
        if let kind = document.kind { rows.append((s.kind, e(kind))) }
        if document.period != nil { rows.append((s.period, e(s.periodText(document.period)))) }
        if let status = document.status { rows.append((s.status, e(status))) }
        rows.append((s.profile, e(document.profile.rawValue)))
        return ["<dl class=\"facts\">"] + rows.map { "<dt>\(e($0.0))</dt><dd>\($0.1)</dd>" } + ["</dl>"]
    }

    private func summary(_ document: DocumentGap) -> [String] {
        let s = strings
        var html = ["<section aria-labelledby=\"\(anchor)-summary\">", "<h3 id=\"\(anchor)-summary\">\(e(s.summary))</h3>",
                    "<ul class=\"cards\">"]
        html.append("<li class=\"error\"><span class=\"number\">\(document.count(.error))</span>\(e(s.errors))</li>")
        html.append("<li class=\"warning\"><span class=\"number\">\(document.count(.warning))</span>\(e(s.warnings))</li>")
        html.append("<li class=\"info\"><span class=\"number\">\(document.count(.info))</span>\(e(s.infos))</li>")
        html.append("<li><span class=\"number\">\(e(s.percentText(document.coverage.percent)))</span>\(e(s.overallCoverage))</li>")
        html.append("</ul>")
        let chart = BarChartSVG(id: "\(anchor)-chart", title: s.chartTitle, description: s.chartDescription,
                                bars: document.coverage.areas.map { .init(label: AreaNames.name($0.area, in: s.language), percent: $0.percent) },
                                missingText: s.percentText(nil))
        html += ["<div class=\"charts\">", "<figure>", chart.svg, "<figcaption>\(e(s.chartTitle)): \(e(s.chartDescription))</figcaption>", "</figure>"]
        if let index, let framework = preferredFramework(index),
           let radar = index.radar(index.results(for: document.institution, frameworkID: framework.id), framework: framework,
                                   id: "\(anchor)-radar", strings: s) {
            html += ["<figure>", radar.svg, "<figcaption>\(e(s.radarTitle)) (\(e(framework.instrument))): \(e(s.radarDescription))</figcaption>", "</figure>"]
        }
        html.append("</div>")
        html.append("<h4>\(e(s.priorities))</h4>")
        let unmet = document.unmet
        if unmet.isEmpty {
            html.append("<p>\(e(s.noPriorities))</p>")
        } else {
            html.append("<ol class=\"priorities\">")
            for requirement in unmet {
                html.append("<li><span class=\"badge \(requirement.severity.rawValue)\">\(e(s.severityName(requirement.severity.rawValue)))</span> "
                            + "<strong>\(e(AreaNames.name(requirement.area, in: s.language)))</strong>: "
                            + "\(e(requirement.requirement.text(in: s.language)))</li>")
            }
            html.append("</ol>")
        }
        return html + ["</section>"]
    }

    private func matrix(_ document: DocumentGap) -> [String] {
        let s = strings
        var html = ["<section aria-labelledby=\"\(anchor)-matrix\">", "<h3 id=\"\(anchor)-matrix\">\(e(s.matrixTitle))</h3>",
                    "<table class=\"matrix\">", "<caption>\(e(s.matrixCaption))</caption>", "<thead><tr>",
                    "<th scope=\"col\">\(e(s.requirement))</th><th scope=\"col\">\(e(s.status))</th>",
                    "<th scope=\"col\">\(e(s.metBy))</th><th scope=\"col\">\(e(s.citation))</th>", "</tr></thead>"]
        for area in document.coverage.areas {
            html.append("<tbody>")
            html.append("<tr class=\"area-row\"><th scope=\"rowgroup\" colspan=\"4\">\(e(AreaNames.name(area.area, in: s.language))): "
                        + "\(e(s.percentText(area.percent))) <span class=\"muted\">(\(e(s.areaTotals(met: area.met, notMet: area.notMet, notApplicable: area.notApplicable))))</span></th></tr>")
            for requirement in document.matrixRows(area.area) {
                var place = ""
                if requirement.status == .met {
                    place = e(requirement.evidenceHeading ?? s.metadata)
                    if let position = requirement.evidencePosition {
                        place += (place.isEmpty ? "" : " ") + "<span class=\"muted\">(\(e(s.line)) \(position.line))</span>"
                    }
                    if let excerpt = requirement.evidenceExcerpt { place += "<br/><q class=\"muted\">\(e(excerpt))</q>" }
                }
                let rowClass = requirement.status == .notApplicable ? " class=\"muted\"" : ""
                html.append("<tr\(rowClass)><th scope=\"row\">\(e(requirement.requirement.text(in: s.language))) <code>\(e(requirement.ruleId))</code></th>"
                            + "<td>\(HTMLStatus.badge(requirement.status, s))</td><td>\(place)</td>"
                            + "<td>\(citations(requirement.citations))</td></tr>")
            }
            html.append("</tbody>")
        }
        return html + ["</table>", "</section>"]
    }

    private func citations(_ list: [Citation]) -> String {
        list.map { "\(e(CitationText.plain($0))) <span class=\"confidence\">(\(e(strings.confidence)): \(e(strings.confidenceName($0.confidence))))</span>" }
            .joined(separator: "<br/>")
    }

    private func findings(_ document: DocumentGap) -> [String] {
        let s = strings
        var html = ["<section aria-labelledby=\"\(anchor)-findings\">", "<h3 id=\"\(anchor)-findings\">\(e(s.findingsTitle))</h3>"]
        let groups = document.findingsByArea
        if groups.isEmpty { html.append("<p>\(e(s.noFindings))</p>") }
        for group in groups {
            html.append("<section class=\"area\">")
            html.append("<h4>\(e(AreaNames.name(group.area, in: s.language))) <span class=\"muted\">(\(group.findings.count))</span></h4>")
            html.append("<ol class=\"findings\">")
            for finding in group.findings {
                html.append("<li>")
                html.append("<p><span class=\"badge \(finding.severity.rawValue)\">\(e(s.severityName(finding.severity.rawValue)))</span> "
                            + "<strong>\(e(finding.message.text(in: s.language)))</strong> <code>\(e(finding.ruleId))</code></p>")
                if let requirement = document.requirement(finding.ruleId) {
                    html.append("<p>\(e(s.whatToAdd)): \(e(requirement.requirement.text(in: s.language)))</p>")
                }
                var where_ = "\(e(s.location)): <code>\(e("\(finding.path):\(finding.position.line):\(finding.position.column)"))</code>"
                if !finding.citations.isEmpty { where_ += "<br/>\(e(s.citation)): \(citations(finding.citations))" }
                if !finding.indicators.isEmpty {
                    where_ += "<br/>\(e(s.indicators)): " + e(finding.indicators.map { "\($0.framework) #\($0.number)" }.joined(separator: ", "))
                }
                html.append("<p class=\"where\">\(where_)</p>")
                html.append("</li>")
            }
            html += ["</ol>", "</section>"]
        }
        return html + ["</section>"]
    }

    private func risks(_ document: DocumentGap) -> [String] {
        let s = strings
        var html = ["<section aria-labelledby=\"\(anchor)-risks\">", "<h3 id=\"\(anchor)-risks\">\(e(s.risksTitle))</h3>"]
        guard !document.risks.isEmpty, let framework else { return html + ["<p>\(e(s.noRisks))</p>", "</section>"] }
        let assessed = index?.latest(for: document.institution, frameworkID: framework.id)
        html += ["<table class=\"risks\">", "<caption>\(e(s.risksCaption)) (\(e(framework.instrument)))</caption>", "<thead><tr>",
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
