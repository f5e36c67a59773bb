/// Computes the index by the regulation's nested formulas (§B.4, Tabel 10-12), with exact decimal arithmetic.
public struct IndexCalculator: Sendable {
    public var framework: EvaluationFramework

    public init(framework: EvaluationFramework) {
        self.framework = framework
    }

    /// Scores an assessment whose levels are complete and in range (see `AssessmentValidator`).
    /// `caps` (indicator → highest reachable level) limit the improvements and the target plan.
    public func score(_ assessment: SelfAssessment, target: FixedPoint? = nil, caps: [Int: Int] = [:]) -> IndexResult {
        let levels = assessment.levels
        let totals = aggregate(levels)
        let entries = Dictionary(assessment.indicators.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let indicators = framework.indicators.map { indicator -> IndicatorScore in
            let level = levels[indicator.number] ?? 0
            let scale = framework.scale(of: indicator)
            let top = maxLevel(indicator, caps: caps)
            return IndicatorScore(
                number: indicator.number, name: indicator.name, aspect: indicator.aspect, domain: indicator.domain,
                level: level, levelName: scale?.level(level)?.name ?? "", levelNameEN: scale?.level(level)?.nameEN ?? "",
                maxLevel: top, weight: indicator.weight, contribution: indicator.weight * level / 100,
                potentialGain: indicator.weight * max(top - level, 0) / 100,
                evidence: entries[indicator.number]?.evidence ?? [], note: entries[indicator.number]?.note)
        }
        let improvements = indicators.filter { $0.level < $0.maxLevel }.map {
            Improvement(number: $0.number, name: $0.name, level: $0.level, maxLevel: $0.maxLevel, weight: $0.weight,
                        levelsMissing: $0.maxLevel - $0.level, gain: $0.potentialGain, gainPerLevel: $0.weight / 100)
        }.sorted { ($0.gain, $0.weight, -$0.number) > ($1.gain, $1.weight, -$1.number) }
        let goal = target ?? assessment.target
        return IndexResult(
            assessment: assessment, frameworkID: framework.id, indicators: indicators,
            aspects: totals.aspects, domains: totals.domains, weightedSum: totals.weightedSum, index: totals.index,
            exactIndex: totals.exactIndex, predicate: framework.predicate(for: totals.index), improvements: improvements,
            targetPlan: goal.map { plan(levels: levels, target: $0, caps: caps) })
    }

    /// The index for a set of levels (indicator → level), by the nested formulas.
    public func index(levels: [Int: Int]) -> FixedPoint {
        aggregate(levels).index
    }

    /// The fewest single-level raises that bring the index to `target`: always the heaviest indicator
    /// with room left (lowest level first among equal weights), re-computing the rounded index each step.
    public func plan(levels: [Int: Int], target: FixedPoint, caps: [Int: Int] = [:]) -> TargetPlan {
        let start = index(levels: levels)
        var current = levels
        var now = start
        let candidates = framework.indicators
        while now < target {
            let open = candidates.filter { (current[$0.number] ?? 0) < maxLevel($0, caps: caps) }
            let best = open.sorted { first, second in
                if first.weight != second.weight { return first.weight > second.weight }
                let firstLevel = current[first.number] ?? 0, secondLevel = current[second.number] ?? 0
                if firstLevel != secondLevel { return firstLevel < secondLevel }
                return first.number < second.number
            }
            guard let next = best.first else { break }
            current[next.number] = (current[next.number] ?? 0) + 1
            now = index(levels: current)
        }
        let steps = framework.indicators.compactMap { indicator -> TargetPlan.Step? in
            let from = levels[indicator.number] ?? 0
            let to = current[indicator.number] ?? 0
            guard to > from else { return nil }
            return TargetPlan.Step(number: indicator.number, name: indicator.name, fromLevel: from, toLevel: to,
                                   gain: indicator.weight * (to - from) / 100)
        }.sorted { ($0.gain, -$0.number) > ($1.gain, -$1.number) }
        return TargetPlan(target: target, current: start, gap: target - start, reached: start >= target,
                          reachable: now >= target, steps: steps, levelSteps: steps.reduce(0) { $0 + $1.toLevel - $1.fromLevel },
                          projectedIndex: now)
    }

    // MARK: aggregation

    private struct Totals {
        var aspects: [AspectScore]
        var domains: [DomainScore]
        var weightedSum: FixedPoint
        var index: FixedPoint
        var exactIndex: FixedPoint
    }

    private func aggregate(_ levels: [Int: Int]) -> Totals {
        let places = framework.decimals
        let hundred = FixedPoint(integer: 100)
        var exact = FixedPoint.zero
        let aspects = framework.aspects.map { aspect -> AspectScore in
            let sum = aspect.indicators.reduce(FixedPoint.zero) { $0 + $1.weight * (levels[$1.number] ?? 0) }
            exact = exact + sum
            return AspectScore(number: aspect.number, name: aspect.name, domain: aspect.domain, weight: aspect.weight,
                               weightedSum: sum, index: sum.divided(by: aspect.weight, places: places))
        }
        let domains = framework.domains.map { domain -> DomainScore in
            let sum = aspects.filter { $0.domain == domain.number }.reduce(FixedPoint.zero) { $0 + $1.index * $1.weight }
            return DomainScore(number: domain.number, name: domain.name, weight: domain.weight,
                               weightedSum: sum, index: sum.divided(by: domain.weight, places: places))
        }
        let top = framework.hasDomains
            ? domains.reduce(FixedPoint.zero) { $0 + $1.index * $1.weight }
            : aspects.reduce(FixedPoint.zero) { $0 + $1.index * $1.weight }
        return Totals(aspects: aspects, domains: domains, weightedSum: top,
                      index: top.divided(by: hundred, places: places),
                      exactIndex: exact.divided(by: hundred, places: 4))
    }

    private func maxLevel(_ indicator: FrameworkIndicator, caps: [Int: Int]) -> Int {
        let top = framework.scale(of: indicator)?.maximum ?? 5
        return min(top, caps[indicator.number] ?? top)
    }
}

extension FixedPoint {
    /// Division by a whole number, rounded half away from zero to four places.
    static func / (lhs: FixedPoint, rhs: Int) -> FixedPoint {
        FixedPoint(units: roundedDivision(lhs.units, by: rhs))
    }
}
