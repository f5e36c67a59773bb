/// An indicator that master-plan findings put at risk, with the index points it could cost.
public struct IndicatorRisk: Hashable, Sendable {
    public var indicator: FrameworkIndicator
    /// The worst severity among the findings linked to it ("error", "warning", "info").
    public var severity: String
    /// How many findings are linked to it.
    public var findings: Int
    /// The level a cap would hold it at, when the framework lists a cap for it.
    public var cap: Int?
    /// BI × (top level − (cap or lowest level)) / 100: index points that are at stake.
    public var pointsAtRisk: FixedPoint
}

extension EvaluationFramework {
    /// Groups findings by indicator and ranks the indicators they threaten: worst severity first, then most
    /// points at risk. Numbers the framework does not know are ignored.
    public func indicatorsAtRisk(linkedIndicators: [(number: Int, severity: String)]) -> [IndicatorRisk] {
        var grouped: [Int: (severity: String, count: Int)] = [:]
        for link in linkedIndicators where indicator(link.number) != nil {
            let previous = grouped[link.number]
            let worse = previous.map { Self.rank($0.severity) >= Self.rank(link.severity) ? $0.severity : link.severity } ?? link.severity
            grouped[link.number] = (worse, (previous?.count ?? 0) + 1)
        }
        return grouped.compactMap { number, value -> IndicatorRisk? in
            guard let indicator = indicator(number) else { return nil }
            let scale = scale(of: indicator)
            let top = scale?.maximum ?? 5
            let cap = caps(forIndicator: number).map(\.maxLevel).min()
            let floor = cap ?? scale?.minimum ?? 1
            return IndicatorRisk(indicator: indicator, severity: value.severity, findings: value.count, cap: cap,
                                 pointsAtRisk: indicator.weight * max(top - floor, 0) / 100)
        }.sorted {
            (Self.rank($0.severity), $0.pointsAtRisk, -$0.indicator.number) > (Self.rank($1.severity), $1.pointsAtRisk, -$1.indicator.number)
        }
    }

    static func rank(_ severity: String) -> Int {
        switch severity.lowercased() {
        case "error": return 3
        case "warning": return 2
        case "info": return 1
        default: return 0
        }
    }
}
