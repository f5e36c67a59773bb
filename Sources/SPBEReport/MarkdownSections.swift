import SPBEIndex
import SPBELintCore

/// The Markdown of one document, one comparison of versions, and the self-assessments.
struct MarkdownSections {
    let strings: ReportStrings

    private func m(_ text: String) -> String { MarkdownText.escape(text) }

    func document(_ document: DocumentGap, index: IndexOverview?, framework: EvaluationFramework?) -> [String] {
        let s = strings
        var md = ["", "## \(m(document.label))", ""]
        md.append("- \(m(s.path)): `\(document.path)`")
        if let institution = document.institution { md.append("- \(m(s.institution)): \(m(institution))") }
        if let kind = document.kind { md.append("- \(m(s.kind)): \(m(kind))") }
        if document.period != nil { md.append("- \(m(s.period)): \(s.periodText(document.period))") }
        if let status = document.status { md.append("- \(m(s.status)): \(m(status))") }
        md.append("- \(m(s.profile)): \(document.profile.rawValue)")

        md += ["", "### \(s.summary)", ""]
        md.append("| \(m(s.errors)) | \(m(s.warnings)) | \(m(s.infos)) | \(m(s.overallCoverage)) |")
        md.append("|---:|---:|---:|---:|")
        md.append("| \(document.count(.error)) | \(document.count(.warning)) | \(document.count(.info)) | \(s.percentText(document.coverage.percent)) |")
        md += ["", "#### \(s.chartTitle)", "", "| \(m(s.area)) | \(m(s.coverage)) | | \(m(s.met)) | \(m(s.notMet)) | \(m(s.notApplicable)) |",
               "|---|---:|---|---:|---:|---:|"]
        for area in document.coverage.areas {
            md.append("| \(m(AreaNames.name(area.area, in: s.language))) | \(s.percentText(area.percent)) | \(TextBar.bar(area.percent)) "
                      + "| \(area.met) | \(area.notMet) | \(area.notApplicable) |")
        }
        md += ["", "#### \(s.priorities)", ""]
        let unmet = document.unmet
        if unmet.isEmpty { md.append(m(s.noPriorities)) }
        for (number, requirement) in unmet.enumerated() {
            md.append("\(number + 1). **\(s.severityName(requirement.severity.rawValue))**, \(m(AreaNames.name(requirement.area, in: s.language))): "
                      + m(requirement.requirement.text(in: s.language)))
        }

        md += ["", "### \(s.matrixTitle)", "", "| \(m(s.area)) | \(m(s.requirement)) | \(m(s.status)) | \(m(s.metBy)) | \(m(s.citation)) |",
               "|---|---|---|---|---|"]
        let requirements = document.coverage.areas.flatMap { document.matrixRows($0.area) }
        for requirement in requirements {
            var place = ""
            if requirement.status == .met {
                place = m(requirement.evidenceHeading ?? s.metadata)
                if let position = requirement.evidencePosition { place += (place.isEmpty ? "" : " ") + "(\(s.line) \(position.line))" }
                if let excerpt = requirement.evidenceExcerpt { place += ": \u{201C}" + m(excerpt) + "\u{201D}" }
            }
            md.append("| \(m(AreaNames.name(requirement.area, in: s.language))) | \(m(requirement.requirement.text(in: s.language))) `\(requirement.ruleId)` "
                      + "| \(mark(requirement.status)) \(m(s.statusName(requirement.status))) | \(place) | \(citations(requirement.citations)) |")
        }

        md += ["", "### \(s.findingsTitle)"]
        if document.findings.isEmpty { md += ["", m(s.noFindings)] }
        for group in document.findingsByArea {
            md += ["", "#### \(m(AreaNames.name(group.area, in: s.language))) (\(group.findings.count))", ""]
            for finding in group.findings {
                md.append("- **\(s.severityName(finding.severity.rawValue))**: \(m(finding.message.text(in: s.language))) `\(finding.ruleId)`")
                if let requirement = document.requirement(finding.ruleId) {
                    md.append("  - \(m(s.whatToAdd)): \(m(requirement.requirement.text(in: s.language)))")
                }
                md.append("  - \(m(s.location)): `\(finding.path):\(finding.position.line):\(finding.position.column)`")
                if !finding.citations.isEmpty { md.append("  - \(m(s.citation)): \(citations(finding.citations))") }
            }
        }
        if let framework { md += risks(document, framework: framework, index: index) }
        return md
    }

    private func risks(_ document: DocumentGap, framework: EvaluationFramework, index: IndexOverview?) -> [String] {
        let s = strings
        var md = ["", "### \(s.risksTitle)", ""]
        guard !document.risks.isEmpty else { return md + [m(s.noRisks)] }
        let assessed = index?.latest(for: document.institution, frameworkID: framework.id)
        md.append("\(m(s.risksCaption)) (\(m(framework.instrument))).")
        md.append("")
        md.append("| \(m(s.indicator)) | \(m(s.severity)) | \(m(s.findingsCount)) | \(m(s.maxLevel)) |"
                  + (assessed != nil ? " \(m(s.selfAssessed)) |" : "") + " \(m(s.pointsAtRisk)) |")
        md.append("|---|---|---:|---:|" + (assessed != nil ? "---:|" : "") + "---:|")
        for risk in document.risks {
            var row = "| \(risk.indicator.number). \(m(risk.indicator.name)) | \(s.severityName(risk.severity)) | \(risk.findings) "
                + "| \(risk.cap.map(String.init) ?? m(s.noCap)) |"
            if let assessed { row += " \(assessed.assessment.level(of: risk.indicator.number).map(String.init) ?? "–") |" }
            row += " \(Numbers.fixed(risk.pointsAtRisk, places: 2, language: s.language)) |"
            md.append(row)
        }
        return md
    }

    func version(_ comparison: VersionComparison) -> [String] {
        let s = strings
        var md = ["", "### \(m(comparison.newer.label))", ""]
        md.append("- \(m(s.older)): `\(comparison.older.path)`: \(s.percentText(comparison.older.coverage.percent)), \(comparison.older.count(.error)) \(m(s.errors.lowercased()))")
        md.append("- \(m(s.newer)): `\(comparison.newer.path)`: \(s.percentText(comparison.newer.coverage.percent)), \(comparison.newer.count(.error)) \(m(s.errors.lowercased()))")
        if let delta = comparison.percentDelta {
            md.append("- \(m(s.change)): \(delta > 0 ? "+" : "")\(delta) \(s.language == .en ? "percentage points" : "poin persen")")
        }
        let changed = comparison.improved + comparison.regressed
        guard !changed.isEmpty else { return md + ["", m(s.noChanges)] }
        md += ["", "| \(m(s.requirement)) | \(m(s.area)) | \(m(s.before)) | \(m(s.after)) | \(m(s.change)) |", "|---|---|---|---|---|"]
        for change in changed {
            md.append("| \(m(change.requirement.text(in: s.language))) `\(change.ruleId)` | \(m(AreaNames.name(change.area, in: s.language))) "
                      + "| \(status(change.before)) | \(status(change.after)) "
                      + "| \(change.direction == .improved ? "▲ " + m(s.improved) : "▼ " + m(s.regressed)) |")
        }
        md += ["", "\(comparison.unchangedCount) \(m(s.unchanged))."]
        return md
    }

    func index(_ overview: IndexOverview) -> [String] {
        let s = strings
        var md = ["", "## \(s.indexTitle)"]
        for group in overview.groups {
            guard let first = group.results.first else { continue }
            md += ["", "### \(s.radarTitle): \(m(s.language == .en ? group.framework.nameEN : group.framework.name)) (\(m(group.framework.instrument)))", ""]
            md.append("| \(m(s.aspect)) | " + group.results.map { m($0.assessment.label) }.joined(separator: " | ") + " |")
            md.append("|---|" + String(repeating: "---:|", count: group.results.count))
            for aspect in first.aspects {
                let name = AspectNames.name(aspect, frameworkID: group.framework.id, in: s.language)
                md.append("| \(aspect.number). \(m(name)) | " + group.results.map { result in
                    let score = result.aspect(aspect.number)?.index
                    let percent = score.map { $0.units * 100 / (5 * FixedPoint.scale) }
                    return "\(score.map { Numbers.fixed($0, places: 2, language: s.language) } ?? "–") \(TextBar.bar(percent))"
                }.joined(separator: " | ") + " |")
            }
            md.append("| **\(m(s.indexValue))** | " + group.results.map { "**\(Numbers.fixed($0.index, places: 2, language: s.language))**" }.joined(separator: " | ") + " |")
            md.append("| \(m(s.predicate)) | " + group.results.map { result in
                result.predicate.map { s.language == .en && !$0.nameEN.isEmpty ? $0.nameEN : $0.name } ?? "–"
            }.joined(separator: " | ") + " |")
        }
        return md
    }

    private func status(_ status: RequirementStatus?) -> String {
        guard let status else { return m(strings.absent) }
        return "\(mark(status)) \(m(strings.statusName(status)))"
    }

    private func mark(_ status: RequirementStatus) -> String {
        switch status {
        case .met: return "✓"
        case .notMet: return "✗"
        case .notApplicable: return "–"
        }
    }

    private func citations(_ list: [Citation]) -> String {
        list.map { "\(m(CitationText.plain($0))) (\(m(strings.confidence)): \(m(strings.confidenceName($0.confidence))))" }.joined(separator: "; ")
    }
}
