import SPBELintCore

/// Renders an `IndexReport` as plain text, in Indonesian or English.
public struct TextReportRenderer: Sendable {
    public var language: Language
    /// How many improvement opportunities to list per assessment.
    public var topImprovements: Int

    public init(language: Language, topImprovements: Int = 10) {
        self.language = language
        self.topImprovements = topImprovements
    }

    private func t(_ indonesian: String, _ english: String) -> String {
        language == .en ? english : indonesian
    }

    public func render(_ report: IndexReport) -> String {
        var out: [String] = []
        for result in report.results {
            out += render(result, framework: report.frameworks[result.frameworkID])
            out.append("")
        }
        for trend in report.trends {
            out += render(trend)
            out.append("")
        }
        if report.results.isEmpty {
            out.append(t("Tidak ada penilaian mandiri yang dapat dihitung.", "No self-assessment could be scored."))
        }
        if !report.problems.isEmpty {
            out.append(t("\(report.problems.count) masalah masukan (lihat stderr).", "\(report.problems.count) input problem(s) (see stderr)."))
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: one assessment

    func render(_ result: IndexResult, framework: EvaluationFramework?) -> [String] {
        var out: [String] = []
        let indexName = framework.map { language == .en && !$0.nameEN.isEmpty ? $0.nameEN : $0.name } ?? "Indeks"
        out.append("\(indexName): \(result.assessment.label)  (\(result.assessment.path))")
        if let framework {
            let status = framework.status == .berlaku ? t("berlaku", "in force")
                : t("SEMENTARA, hanya dari sumber sekunder", "PROVISIONAL, secondary sources only")
            out.append(t("Kerangka", "Framework") + ": \(framework.instrument) [\(status)]")
        }
        let predicate = result.predicate.map { predicateName($0) } ?? "-"
        out.append(t("Indeks", "Index") + ": \(result.index.formatted(language: language))   " + t("Predikat", "Predicate") + ": \(predicate)")
        let sumLabel = result.domains.isEmpty ? "Σ(NA×BA)" : "Σ(ND×BD)"
        out.append("  \(sumLabel) = \(result.weightedSum.formatted(language: language)); \(sumLabel)/100 = \(result.index.formatted(language: language))  ("
                   + t("tanpa pembulatan antara", "without intermediate rounding") + ": Σ(NI×BI)/100 = \(result.exactIndex.formatted(places: 4, language: language)))")
        if result.exactIndex.rounded(places: 2) != result.index {
            out.append("  " + t("Catatan: tanpa pembulatan antara, indeksnya \(result.exactIndex.formatted(language: language)); angka resmi mengikuti contoh Tabel 10-12.",
                                "Note: without intermediate rounding the index is \(result.exactIndex.formatted(language: language)); the official figure follows the Tabel 10-12 example."))
        }
        out.append("")

        out.append(pad(result.domains.isEmpty ? t("Aspek", "Aspect") : t("Domain / aspek", "Domain / aspect"), 60)
                   + pad(t("Bobot", "Weight"), 8, right: true) + pad(t("Indeks", "Index"), 8, right: true))
        if result.domains.isEmpty {
            for aspect in result.aspects {
                out.append(pad("\(aspect.number) \(aspect.name)", 60) + pad(aspect.weight.formatted(language: language), 8, right: true)
                           + pad(aspect.index.formatted(language: language), 8, right: true))
            }
        } else {
            for domain in result.domains {
                out.append(pad("D\(domain.number) \(domain.name)", 60) + pad(domain.weight.formatted(language: language), 8, right: true)
                           + pad(domain.index.formatted(language: language), 8, right: true))
                for aspect in result.aspects where aspect.domain == domain.number {
                    out.append(pad("   A\(aspect.number) \(aspect.name)", 60) + pad(aspect.weight.formatted(language: language), 8, right: true)
                               + pad(aspect.index.formatted(language: language), 8, right: true))
                }
            }
        }
        out.append("")

        out.append(pad(t("No", "No"), 4, right: true) + "  " + pad(t("Tingkat", "Level"), 24) + pad(t("Bobot", "Weight"), 7, right: true)
                   + pad(t("Kontrib.", "Contrib."), 10, right: true) + "  " + t("Indikator", "Indicator"))
        for score in result.indicators {
            let levelName = language == .en && !score.levelNameEN.isEmpty ? score.levelNameEN : score.levelName
            let evidence = score.evidence.isEmpty ? "" : "  [" + score.evidence.joined(separator: "; ") + "]"
            out.append(pad("\(score.number)", 4, right: true) + "  " + pad("\(score.level) \(levelName)", 24)
                       + pad(score.weight.formatted(language: language), 7, right: true) + pad(score.contribution.formatted(places: 4, language: language), 10, right: true)
                       + "  " + score.name + evidence)
        }
        out.append("")

        if result.improvements.isEmpty {
            out.append(t("Semua indikator sudah di tingkat tertinggi.", "Every indicator is at its highest level."))
        } else {
            out.append(t("Kenaikan terbesar (bobot × tingkat yang belum dicapai):", "Largest gains (weight × levels still missing):"))
            for (rank, item) in result.improvements.prefix(topImprovements).enumerated() {
                out.append(pad("\(rank + 1).", 4, right: true) + " " + t("Indikator", "Indicator") + " \(item.number): "
                           + "\(item.level) → \(item.maxLevel), +\(item.gain.formatted(places: 4, language: language)) "
                           + t("(+\(item.gainPerLevel.formatted(places: 4, language: language)) per tingkat)", "(+\(item.gainPerLevel.formatted(places: 4, language: language)) per level)")
                           + "  \(item.name)")
            }
        }
        if let plan = result.targetPlan {
            out.append("")
            out += render(plan)
        }
        return out
    }

    func render(_ plan: TargetPlan) -> [String] {
        var out: [String] = []
        if plan.reached {
            out.append(t("Target \(plan.target.formatted(language: language)) sudah tercapai (indeks \(plan.current.formatted(language: language))).",
                         "Target \(plan.target.formatted(language: language)) is met (index \(plan.current.formatted(language: language))."))
            return out
        }
        out.append(t("Target \(plan.target.formatted(language: language)): selisih \(plan.gap.formatted(language: language)).",
                     "Target \(plan.target.formatted(language: language)): gap \(plan.gap.formatted(language: language))."))
        if !plan.reachable {
            out.append(t("Target tidak dapat dicapai bahkan dengan semua indikator di tingkat tertinggi (maksimum \(plan.projectedIndex.formatted(language: language))).",
                         "The target cannot be reached even with every indicator at its highest level (maximum \(plan.projectedIndex.formatted(language: language)))."))
            return out
        }
        out.append(t("Jalur termurah: \(plan.levelSteps) kenaikan tingkat, indikator berbobot terbesar lebih dulu:",
                     "Cheapest path: \(plan.levelSteps) level raise(s), heaviest indicators first:"))
        for step in plan.steps {
            out.append("   " + t("Indikator", "Indicator") + " \(step.number): \(step.fromLevel) → \(step.toLevel), +\(step.gain.formatted(places: 4, language: language))  \(step.name)")
        }
        out.append(t("Perkiraan indeks setelahnya: \(plan.projectedIndex.formatted(language: language)).", "Projected index afterwards: \(plan.projectedIndex.formatted(language: language))."))
        return out
    }

    // MARK: trend

    func render(_ trend: Trend) -> [String] {
        var out: [String] = []
        out.append(t("Tren dan perbandingan", "Trend and comparison") + " (\(trend.frameworkID))")
        let prefix = trend.groupKind == "domain" ? "D" : "A"
        var header = pad(t("Instansi", "Institution"), 32) + pad(t("Tahun", "Year"), 6) + pad(t("Indeks", "Index"), 7, right: true)
            + pad("Δ", 7, right: true) + "  " + pad(t("Predikat", "Predicate"), 12) + pad(t("Peringkat", "Rank"), 9)
        for group in trend.rows.first?.groups ?? [] { header += pad("\(prefix)\(group.number)", 12, right: true) }
        out.append(header)
        for row in trend.rows {
            var line = pad(row.institution ?? row.path, 32) + pad(row.year.map(String.init) ?? "-", 6)
                + pad(row.index.formatted(language: language), 7, right: true) + pad(row.delta.map { $0.signed(language: language) } ?? "-", 7, right: true)
                + "  " + pad(row.predicate ?? "-", 12) + pad("\(row.rank)", 9)
            for group in row.groups {
                let delta = group.delta.map { " (\($0.signed(language: language)))" } ?? ""
                line += pad(group.index.formatted(language: language) + delta, 12, right: true)
            }
            out.append(line)
        }
        for row in trend.rows where !row.changes.isEmpty {
            let from = row.previousYear.map(String.init) ?? "?"
            let to = row.year.map(String.init) ?? "?"
            let list = row.changes.map { "\($0.number): \($0.from)→\($0.to)" }.joined(separator: ", ")
            out.append(t("Perubahan tingkat", "Level changes") + " \(row.institution ?? row.path) \(from)→\(to): \(list)")
        }
        return out
    }

    private func predicateName(_ band: PredicateBand) -> String {
        language == .en && !band.nameEN.isEmpty ? "\(band.name) (\(band.nameEN))" : band.name
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        guard count < width else { return right ? " " + text : text + " " }
        let space = String(repeating: " ", count: width - count)
        return right ? space + text : text + space
    }
}
