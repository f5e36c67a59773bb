/// The scored self-assessment: indicator, aspect, domain and overall index, predicate, and what would raise it.
public struct IndexResult: Hashable, Sendable {
    public var assessment: SelfAssessment
    public var frameworkID: String
    public var indicators: [IndicatorScore]
    public var aspects: [AspectScore]
    /// Empty for a framework without domains.
    public var domains: [DomainScore]
    /// Σ(ND × BD) (or Σ(NA × BA) without domains), e.g. 328.20 in Tabel 12.
    public var weightedSum: FixedPoint
    /// The index: weightedSum / 100, rounded to the framework's decimals (e.g. 3.28).
    public var index: FixedPoint
    /// Σ(NI × BI) / 100 without intermediate rounding, to four decimals (may differ by 0.01).
    public var exactIndex: FixedPoint
    public var predicate: PredicateBand?
    /// Highest gain first.
    public var improvements: [Improvement]
    public var targetPlan: TargetPlan?

    /// The aspect with this number, or nil.
    public func aspect(_ number: Int) -> AspectScore? { aspects.first { $0.number == number } }
    /// The domain with this number, or nil.
    public func domain(_ number: Int) -> DomainScore? { domains.first { $0.number == number } }
    /// The indicator with this number, or nil.
    public func indicator(_ number: Int) -> IndicatorScore? { indicators.first { $0.number == number } }
}
