import Foundation
import SPBELintCore

/// Renders an `IndexReport` as JSON with stable field names (`schemaVersion: 1`).
public struct JSONReportRenderer: Sendable {
    public static let schemaVersion = 1
    public var language: Language
    /// The `--fail-below` threshold, reported in the summary.
    public var failBelow: FixedPoint?

    public init(language: Language, failBelow: FixedPoint? = nil) {
        self.language = language
        self.failBelow = failBelow
    }

    public func render(_ report: IndexReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document(report))
        return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
    }

    func document(_ report: IndexReport) -> JSONIndexDocument {
        JSONIndexDocument(
            schemaVersion: Self.schemaVersion,
            tool: .init(name: "spbelint", version: SPBELintVersion.current),
            frameworks: report.frameworks.values.sorted { $0.id < $1.id }.map {
                .init(id: $0.id, name: $0.name, instrument: $0.instrument, citation: $0.citation,
                      status: $0.status.rawValue, confidence: $0.confidence)
            },
            assessments: report.results.map(assessment),
            trends: report.trends.map(trend),
            problems: report.problems.map {
                .init(path: $0.path, line: $0.position.line, column: $0.position.column, severity: "error", message: $0.message(in: language))
            },
            summary: .init(assessments: report.results.count, problems: report.problems.count, failBelow: failBelow,
                           belowThreshold: failBelow.map { report.results(below: $0).count }))
    }

    private func assessment(_ result: IndexResult) -> JSONIndexDocument.Assessment {
        JSONIndexDocument.Assessment(
            path: result.assessment.path, institution: result.assessment.institution, year: result.assessment.year,
            framework: result.frameworkID, index: result.index, exactIndex: result.exactIndex, weightedSum: result.weightedSum,
            predicate: result.predicate?.name,
            domains: result.domains.map { .init(number: $0.number, name: $0.name, weight: $0.weight, weightedSum: $0.weightedSum, index: $0.index, domain: nil, isAspect: false) },
            aspects: result.aspects.map { .init(number: $0.number, name: $0.name, weight: $0.weight, weightedSum: $0.weightedSum, index: $0.index, domain: $0.domain, isAspect: true) },
            indicators: result.indicators.map {
                .init(number: $0.number, name: $0.name, aspect: $0.aspect, domain: $0.domain, level: $0.level, levelName: $0.levelName,
                      maxLevel: $0.maxLevel, weight: $0.weight, contribution: $0.contribution, potentialGain: $0.potentialGain,
                      evidence: $0.evidence, note: $0.note)
            },
            improvements: result.improvements.enumerated().map {
                .init(rank: $0.offset + 1, number: $0.element.number, name: $0.element.name, level: $0.element.level,
                      maxLevel: $0.element.maxLevel, weight: $0.element.weight, levelsMissing: $0.element.levelsMissing,
                      gain: $0.element.gain, gainPerLevel: $0.element.gainPerLevel)
            },
            target: result.targetPlan.map { plan in
                .init(target: plan.target, current: plan.current, gap: plan.gap, reached: plan.reached, reachable: plan.reachable,
                      levelSteps: plan.levelSteps, projectedIndex: plan.projectedIndex,
                      steps: plan.steps.map { .init(number: $0.number, name: $0.name, fromLevel: $0.fromLevel, toLevel: $0.toLevel, gain: $0.gain) })
            })
    }

    private func trend(_ trend: Trend) -> JSONIndexDocument.TrendDocument {
        JSONIndexDocument.TrendDocument(
            framework: trend.frameworkID, groupKind: trend.groupKind,
            rows: trend.rows.map { row in
                .init(path: row.path, institution: row.institution, year: row.year, index: row.index, delta: row.delta,
                      previousYear: row.previousYear, predicate: row.predicate, rank: row.rank,
                      groups: row.groups.map { .init(number: $0.number, name: $0.name, index: $0.index, delta: $0.delta) },
                      changes: row.changes.map { .init(number: $0.number, from: $0.from, to: $0.to) })
            })
    }
}

extension FixedPoint: Encodable {
    /// Encodes as a JSON number (its shortest form is the exact decimal, e.g. 3.28).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(doubleValue)
    }
}
