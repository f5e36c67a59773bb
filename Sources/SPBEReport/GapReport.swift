import Foundation
import SPBEIndex
import SPBELintCore

/// Everything a gap report shows: each document's gaps, comparisons of versions, self-assessments
/// and the inputs that could not be read.
public struct GapReport: Sendable {
    public var language: Language
    public var documents: [DocumentGap]
    public var comparisons: [VersionComparison]
    public var index: IndexOverview?
    /// The framework indicators at risk are taken from, if any.
    public var framework: EvaluationFramework?
    public var problems: [InputProblem]
    /// The day the report was made (`yyyy-MM-dd`), shown in the header; nil to leave it out.
    public var date: String?

    public init(language: Language, documents: [DocumentGap], comparisons: [VersionComparison] = [],
                index: IndexOverview? = nil, framework: EvaluationFramework? = nil,
                problems: [InputProblem] = [], date: String? = nil) {
        self.language = language
        self.documents = documents
        self.comparisons = comparisons
        self.index = index
        self.framework = framework
        self.problems = problems
        self.date = date
    }

    /// Builds a report from a lint run: findings and coverage per document, the indicators of
    /// `framework` put at risk, and comparisons of versions (`compare` as paths, else the documents
    /// with the same `judul` and `instansi`).
    public init(result: LintResult, language: Language, framework: EvaluationFramework?,
                index: IndexReport? = nil, compare: (older: String, newer: String)? = nil, date: String? = nil) {
        var coverageByPath: [String: DocumentCoverage] = [:]
        for coverage in result.coverage { coverageByPath[coverage.path] = coverage }
        let findingsByPath = Dictionary(grouping: result.findings, by: \.path)
        let suppressedByPath = Dictionary(grouping: result.suppressed, by: \.finding.path)
        let documents = result.documents.map { document -> DocumentGap in
            let findings = findingsByPath[document.path] ?? []
            let risks = framework.map { framework in
                framework.indicatorsAtRisk(linkedIndicators: findings.flatMap { finding in
                    finding.indicators.filter { $0.framework == framework.id }
                        .map { (number: $0.number, severity: finding.severity.rawValue) }
                })
            } ?? []
            var gap = DocumentGap(document: document, findings: findings,
                                  coverage: coverageByPath[document.path] ?? DocumentCoverage(path: document.path, requirements: []),
                                  risks: risks)
            gap.suppressed = suppressedByPath[document.path] ?? []
            return gap
        }
        var pairs = VersionComparison.automaticPairs(documents)
        if let compare {
            let older = documents.firstIndex { Self.samePath($0.path, compare.older) }
            let newer = documents.firstIndex { Self.samePath($0.path, compare.newer) }
            if let older, let newer { pairs = [(older, newer, [.arguments])] } else { pairs = [] }
        }
        self.init(language: language, documents: documents,
                  comparisons: pairs.map { VersionComparison(older: documents[$0.older], newer: documents[$0.newer], orderedBy: $0.orderedBy) },
                  index: index.map(IndexOverview.init(report:)), framework: framework,
                  problems: result.problems + (index?.problems ?? []), date: date)
    }

    /// Whether two paths name the same file.
    public static func samePath(_ lhs: String, _ rhs: String) -> Bool {
        URL(fileURLWithPath: lhs).standardizedFileURL.path == URL(fileURLWithPath: rhs).standardizedFileURL.path
    }

    /// The areas any document has requirements in, in the output contract's order.
    public var areas: [Area] {
        let present = Set(documents.flatMap { $0.coverage.areas.map(\.area) })
        return Area.allCases.filter(present.contains)
    }

    /// Today as `yyyy-MM-dd`, for `date`.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
