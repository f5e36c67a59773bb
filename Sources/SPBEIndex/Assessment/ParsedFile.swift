import SPBELintCore

/// What reading one file gave: its assessments (each with its own problems) and file-level problems.
public struct ParsedFile: Sendable {
    public var path: String
    public var assessments: [ParsedAssessment]
    /// Problems that concern the whole file (unreadable, malformed).
    public var problems: [InputProblem]

    public init(path: String, assessments: [ParsedAssessment] = [], problems: [InputProblem] = []) {
        self.path = path
        self.assessments = assessments
        self.problems = problems
    }
}

/// One assessment as read, before it is checked against a framework.
public struct ParsedAssessment: Sendable {
    public var assessment: SelfAssessment
    /// Problems found while reading it (bad level text, duplicates, unknown keys).
    public var problems: [InputProblem]
    /// Every indicator number written, even those whose level could not be read.
    public var mentioned: Set<Int>

    public init(assessment: SelfAssessment, problems: [InputProblem] = [], mentioned: Set<Int> = []) {
        self.assessment = assessment
        self.problems = problems
        self.mentioned = mentioned
    }
}
