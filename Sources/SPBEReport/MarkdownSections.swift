import SPBEIndex
import SPBELintCore

/// The Markdown of one document, one comparison of versions, and the self-assessments.
struct MarkdownSections {
    let strings: ReportStrings

    private func m(_ text: String) -> String { MarkdownText.escape(text) }

    func document(_ document: DocumentGap, index: IndexOverview?, framework: EvaluationFramework?, inlineCitations: Bool = true,
                  shared: Set<String> = []) -> [String] {
        let s = strings
        var md = ["", "## \(m(document.label))", ""]
        let verdict = document.verdict
        md.append("> **\(m(s.verdict)): \(m(verdict.name.text(in: s.language)))**. \(m(s.headline(document.obligations))). \(m(s.verdictNote(verdict)))")
        md.append("")
        md.append("- \(m(s.path)): `\(document.path)`")
        for fact in HTMLFacts.facts(document, s) where !shared.contains(fact.key) { md.append("- \(m(fact.label)): \(m(fact.value))") }

        md += ["", "| \(m(s.tier)) | \(m(s.applicable)) | \(m(s.notMet)) | \(m(s.metWithEvidence)) | \(m(s.withoutEvidence)) | \(m(s.coverage)) |",
               "|---|---:|---:|---:|---:|---:|"]
        for tier in document.tiers {
            md.append("| \(m(s.tierTitle(tier.basis))) | \(tier.applicable) | \(tier.notMet) | \(tier.met) | \(tier.withoutEvidence) | \(s.percentText(tier.percent)) |")
        }
        md.append("| **\(m(s.overallCoverage))** | | | | | **\(s.percentText(document.coverage.percent))** |")
        md += ["", "_\(m(s.coverageNote)) \(m(s.withoutEvidenceNote))_"]

        md += ["", "#### \(s.chartTitle)", "", "| \(m(s.area)) | \(m(s.coverage)) | | \(m(s.met)) | \(m(s.notMet)) | \(m(s.withoutEvidence)) | \(m(s.notApplicable)) |",
               "|---|---:|---|---:|---:|---:|---:|"]
        for area in document.coverage.areas {
            md.append("| \(m(AreaNames.name(area.area, in: s.language))) | \(s.percentText(area.percent)) | \(TextBar.bar(area.percent)) "
                      + "| \(area.met) | \(area.notMet) | \(area.withoutEvidence) | \(area.notApplicable) |")
        }
        let unmet = document.unmet
        if unmet.isEmpty { md += ["", m(s.noPriorities)] }
        for (title, group) in [(s.mustWrite, unmet.filter { $0.tier == .kewajiban }), (s.shouldWrite, unmet.filter { $0.tier != .kewajiban })] where !group.isEmpty {
            md += ["", "#### \(m(title))", ""]
            for (number, requirement) in group.enumerated() {
                md.append("\(number + 1). **\(m(AreaNames.name(requirement.area, in: s.language)))**: "
                          + "\(m(requirement.requirement.text(in: s.language))) (\(m(s.tierTag(requirement.tier))))")
            }
        }

        md += ["", "### \(s.matrixTitle)", "", "| \(m(s.area)) | \(m(s.requirement)) | \(m(s.status)) | \(m(s.evidence)) | \(m(s.ruleCode)) |",
               "|---|---|---|---|---|"]
        for area in document.coverage.areas {
            for requirement in document.matrixRows(area.area) {
                var text = "\(m(requirement.requirement.text(in: s.language))) (\(m(s.tierTag(requirement.tier))))"
                if inlineCitations, !requirement.citations.isEmpty { text += "<br>\(citations(requirement.citations))" }
                md.append("| \(m(AreaNames.name(requirement.area, in: s.language))) | \(text) "
                          + "| \(status(RequirementState(requirement))) | \(evidence(requirement, document)) | `\(requirement.ruleId)` |")
            }
            let notApplicable = document.notApplicable(area.area)
            if !notApplicable.isEmpty {
                md.append("| \(m(AreaNames.name(area.area, in: s.language))) | \(m(s.notApplicableLine(notApplicable.count))) | – | | "
                          + notApplicable.map { "`\($0.ruleId)`" }.joined(separator: ", ") + " |")
            }
        }
        let reading = document.readingFindings
        if !reading.isEmpty {
            md += ["", "### \(s.readingTitle)", ""]
            md += reading.map { "- \(m($0.message.text(in: s.language))) (\(s.line) \($0.position.line))" }
        }
        if let framework { md += risks(document, framework: framework, index: index) }
        return md
    }

    private func evidence(_ requirement: RequirementResult, _ document: DocumentGap) -> String {
        let s = strings
        if requirement.withoutEvidence { return m(s.nothingFound) }
        switch requirement.status {
        case .met: return m(EvidenceText.plain(requirement, document, s))
        case .notMet:
            let findings = document.findings(of: requirement.ruleId)
            guard !findings.isEmpty else {
                let hidden = document.suppressed(of: requirement.ruleId).prefix(3).map { hidden in
                    "\(m(s.suppressed(hidden.suppression.justification))) (\(s.line) \(hidden.finding.position.line))"
                }
                return hidden.isEmpty ? m(s.rootCauseElsewhere) : hidden.joined(separator: "<br>")
            }
            return findings.prefix(3).map { "\(m($0.message.text(in: s.language))) (\(s.line) \($0.position.line))" }.joined(separator: "<br>")
                + (findings.count > 3 ? "<br>" + m(s.fill(s.moreFindings, findings.count - 3)) : "")
        case .notApplicable: return ""
        }
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
        var md = ["", "### \(m(comparison.newer.label))", "", "**\(m(s.changeHeadline(comparison))).**", ""]
        md.append("- \(m(s.orderedBy)): \(m(comparison.orderedBy.map { $0.name.text(in: s.language) }.joined(separator: ", ")))")
        md.append("- \(m(s.older)): \(m(s.versionLine(comparison.older)))")
        md.append("- \(m(s.newer)): \(m(s.versionLine(comparison.newer)))")
        md.append("- \(m(s.obligationsChange)): \(comparison.older.obligations.notMet) → \(comparison.newer.obligations.notMet)")
        if let delta = comparison.percentDelta {
            md.append("- \(m(s.overallCoverage)): \(s.percentText(comparison.older.coverage.percent)) → \(s.percentText(comparison.newer.coverage.percent)) "
                      + "(\(delta > 0 ? "+" : delta < 0 ? "−" : "±")\(abs(delta)) \(s.percentagePoints))")
        }
        let changed = comparison.changed
        guard !changed.isEmpty else { return md + ["", m(s.noChanges)] }
        md += ["", "| \(m(s.requirement)) | \(m(s.area)) | \(m(s.before)) | \(m(s.after)) | \(m(s.change)) | \(m(s.ruleCode)) |", "|---|---|---|---|---|---|"]
        for change in changed {
            md.append("| \(m(change.requirement.text(in: s.language))) (\(m(s.tierTag(change.tier)))) | \(m(AreaNames.name(change.area, in: s.language))) "
                      + "| \(status(change.before)) | \(status(change.after)) | \(m(s.directionText(change.direction))) | `\(change.ruleId)` |")
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

    private func status(_ state: RequirementState) -> String {
        let name = m(strings.stateName(state))
        switch state {
        case .met: return "✓ " + name
        case .notMet: return "✗ " + name
        case .withoutEvidence: return "○ " + name
        case .notApplicable: return "– " + name
        case .absent: return name
        }
    }

    private func citations(_ list: [Citation]) -> String {
        list.map { "\(m(CitationText.plain($0))) (\(m(strings.confidenceName($0.confidence))))" }.joined(separator: "; ")
    }
}
