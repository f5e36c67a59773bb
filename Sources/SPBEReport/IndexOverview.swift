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

    /// The assessments of an institution under a framework, in the order given (institution names
    /// compared without case and spacing; an assessment without an institution matches no document).
    public func results(for institution: String?, frameworkID: String) -> [IndexResult] {
        guard let wanted = institution.map(Self.fold), !wanted.isEmpty,
              let group = groups.first(where: { $0.framework.id == frameworkID }) else { return [] }
        return group.results.filter { $0.assessment.institution.map(Self.fold) == wanted }
    }

    /// The most recent assessment of an institution under a framework (latest year, then last given).
    public func latest(for institution: String?, frameworkID: String) -> IndexResult? {
        results(for: institution, frameworkID: frameworkID).enumerated()
            .max { ($0.element.assessment.year ?? 0, $0.offset) < ($1.element.assessment.year ?? 0, $1.offset) }?.element
    }

    /// The radar of aspect indices for some assessments of one framework.
    func radar(_ results: [IndexResult], framework: EvaluationFramework, id: String, strings: ReportStrings) -> RadarChartSVG? {
        guard let first = results.first else { return nil }
        let name = strings.language == .en ? framework.nameEN : framework.name
        return RadarChartSVG(
            id: id, title: "\(strings.radarTitle): \(name)", description: strings.radarDescription,
            axes: first.aspects.map { AspectNames.name($0, frameworkID: framework.id, in: strings.language) },
            series: results.map { result in
                .init(label: result.assessment.label, values: first.aspects.map { result.aspect($0.number)?.index.doubleValue ?? 0 })
            },
            maximum: Double(framework.scales.values.map(\.maximum).max() ?? 5),
            decimalSeparator: String(strings.language.decimalSeparator))
    }

    private static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
