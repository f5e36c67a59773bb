import SPBELintCore

/// One answered indicator of a self-assessment: its level, evidence and where it was written.
public struct AssessedIndicator: Hashable, Sendable {
    public var number: Int
    public var level: Int
    /// References to supporting documents ("data dukung"), e.g. "Perwal 12/2022".
    public var evidence: [String]
    public var note: String?
    /// Where the indicator number was written.
    public var position: SourcePosition
    /// Where the level was written.
    public var levelPosition: SourcePosition

    public init(number: Int, level: Int, evidence: [String] = [], note: String? = nil,
                position: SourcePosition = .start, levelPosition: SourcePosition = .start) {
        self.number = number
        self.level = level
        self.evidence = evidence
        self.note = note
        self.position = position
        self.levelPosition = levelPosition
    }
}
