/// A trend or comparison over several assessments scored with the same framework.
public struct Trend: Hashable, Sendable {
    /// One score of a top-level group (a domain, or an aspect in a framework without domains).
    public struct GroupValue: Hashable, Sendable {
        public var number: Int
        public var name: String
        public var index: FixedPoint
        /// Change from the same institution's previous assessment.
        public var delta: FixedPoint?
    }

    /// An indicator whose level changed from the previous assessment.
    public struct LevelChange: Hashable, Sendable {
        public var number: Int
        public var from: Int
        public var to: Int
    }

    /// One assessment in the trend.
    public struct Row: Hashable, Sendable {
        public var path: String
        public var institution: String?
        public var year: Int?
        public var index: FixedPoint
        public var predicate: String?
        /// Change from the same institution's previous assessment (nil for its first).
        public var delta: FixedPoint?
        /// The year (or label) compared with, when `delta` is set.
        public var previousYear: Int?
        /// Rank by index among the rows of the same year (1 = highest).
        public var rank: Int
        public var groups: [GroupValue]
        public var changes: [LevelChange]
    }

    public var frameworkID: String
    /// "domain" or "aspect": what `groups` holds.
    public var groupKind: String
    public var rows: [Row]

    /// Builds trends from results: one per framework that has at least two results. Rows are grouped by
    /// institution (in order of appearance) and sorted by year within it.
    public static func build(from results: [IndexResult]) -> [Trend] {
        var frameworkOrder: [String] = []
        for result in results where !frameworkOrder.contains(result.frameworkID) { frameworkOrder.append(result.frameworkID) }
        return frameworkOrder.compactMap { id in
            let group = results.filter { $0.frameworkID == id }
            guard group.count >= 2 else { return nil }
            return build(frameworkID: id, results: group)
        }
    }

    private static func build(frameworkID: String, results: [IndexResult]) -> Trend {
        var institutions: [String] = []
        for result in results {
            let name = result.assessment.institution ?? ""
            if !institutions.contains(name) { institutions.append(name) }
        }
        var ordered: [IndexResult] = []
        for institution in institutions {
            let rows = results.enumerated().filter { ($0.element.assessment.institution ?? "") == institution }
            ordered += rows.sorted { ($0.element.assessment.year ?? Int.max, $0.offset) < ($1.element.assessment.year ?? Int.max, $1.offset) }
                .map(\.element)
        }
        let byDomain = !(ordered.first?.domains.isEmpty ?? true)
        var rows: [Row] = []
        var previous: IndexResult?
        for result in ordered {
            let same = previous.flatMap { ($0.assessment.institution ?? "") == (result.assessment.institution ?? "") ? $0 : nil }
            let groups: [GroupValue] = byDomain
                ? result.domains.map { domain in
                    GroupValue(number: domain.number, name: domain.name, index: domain.index,
                               delta: same?.domain(domain.number).map { domain.index - $0.index })
                }
                : result.aspects.map { aspect in
                    GroupValue(number: aspect.number, name: aspect.name, index: aspect.index,
                               delta: same?.aspect(aspect.number).map { aspect.index - $0.index })
                }
            let changes: [LevelChange] = same.map { before in
                result.indicators.compactMap { score in
                    guard let old = before.indicator(score.number)?.level, old != score.level else { return nil }
                    return LevelChange(number: score.number, from: old, to: score.level)
                }
            } ?? []
            rows.append(Row(path: result.assessment.path, institution: result.assessment.institution, year: result.assessment.year,
                            index: result.index, predicate: result.predicate?.name, delta: same.map { result.index - $0.index },
                            previousYear: same?.assessment.year, rank: 0, groups: groups, changes: changes))
            previous = result
        }
        for index in rows.indices {
            let peers = rows.filter { $0.year == rows[index].year }
            rows[index].rank = 1 + peers.filter { $0.index > rows[index].index }.count
        }
        return Trend(frameworkID: frameworkID, groupKind: byDomain ? "domain" : "aspect", rows: rows)
    }
}
