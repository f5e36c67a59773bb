import SPBEIndex
import SPBELintCore

/// Scored self-assessments shown next to the gaps: one radar of aspects per framework.
public struct IndexOverview: Sendable {
    /// Assessments scored with one framework, in the order given.
    public struct Group: Sendable {
        public var framework: EvaluationFramework
        public var results: [IndexResult]
    }

    public var groups: [Group]

    /// Groups the results of an `IndexReport` by framework, keeping the order of the files.
    public init(report: IndexReport) {
        var order: [String] = []
        var byFramework: [String: [IndexResult]] = [:]
        for result in report.results {
            if byFramework[result.frameworkID] == nil { order.append(result.frameworkID) }
            byFramework[result.frameworkID, default: []].append(result)
        }
        groups = order.compactMap { id in
            report.frameworks[id].map { Group(framework: $0, results: byFramework[id] ?? []) }
        }
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// The most recent assessment of an institution under a framework (institution names compared
    /// without case and spacing), or of the only institution assessed when the names do not match.
    public func latest(for institution: String?, frameworkID: String) -> IndexResult? {
        guard let group = groups.first(where: { $0.framework.id == frameworkID }) else { return nil }
        let wanted = institution.map(Self.fold)
        var candidates = group.results.filter { wanted != nil && $0.assessment.institution.map(Self.fold) == wanted }
        if candidates.isEmpty, Set(group.results.map { $0.assessment.institution.map(Self.fold) ?? "" }).count == 1 {
            candidates = group.results
        }
        return candidates.enumerated().max { ($0.element.assessment.year ?? 0, $0.offset) < ($1.element.assessment.year ?? 0, $1.offset) }?.element
    }

    private static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
