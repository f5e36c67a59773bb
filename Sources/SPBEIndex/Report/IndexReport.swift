import SPBELintCore

/// Everything one `spbelint index` run produced: scored assessments, trends, and input problems.
public struct IndexReport: Sendable {
    public var results: [IndexResult]
    /// The frameworks used, by id.
    public var frameworks: [String: EvaluationFramework]
    public var trends: [Trend]
    public var problems: [InputProblem]

    public init(results: [IndexResult], frameworks: [String: EvaluationFramework], trends: [Trend], problems: [InputProblem]) {
        self.results = results
        self.frameworks = frameworks
        self.trends = trends
        self.problems = problems
    }

    /// Results whose index is below `threshold`.
    public func results(below threshold: FixedPoint) -> [IndexResult] {
        results.filter { $0.index < threshold }
    }
}
