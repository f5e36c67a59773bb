import SPBELintCore

/// A self-assessment (penilaian mandiri) of one institution for one year: the level of every indicator.
public struct SelfAssessment: Hashable, Sendable {
    /// The file it was read from.
    public var path: String
    public var institution: String?
    public var year: Int?
    /// The framework id the file declares, if any.
    public var framework: String?
    /// The index the institution aims for (e.g. its Indikator Kinerja Utama).
    public var target: FixedPoint?
    public var indicators: [AssessedIndicator]
    /// Where the list of indicators starts (missing indicators are reported here).
    public var position: SourcePosition
    /// Where the framework id was written.
    public var frameworkPosition: SourcePosition

    public init(path: String, institution: String? = nil, year: Int? = nil, framework: String? = nil,
                target: FixedPoint? = nil, indicators: [AssessedIndicator] = [],
                position: SourcePosition = .start, frameworkPosition: SourcePosition = .start) {
        self.path = path
        self.institution = institution
        self.year = year
        self.framework = framework
        self.target = target
        self.indicators = indicators
        self.position = position
        self.frameworkPosition = frameworkPosition
    }

    /// Builds an assessment from plain levels (indicator number → level), e.g. for tests or other tools.
    public init(path: String = "<memory>", institution: String? = nil, year: Int? = nil,
                target: FixedPoint? = nil, levels: [Int: Int]) {
        self.init(path: path, institution: institution, year: year, target: target,
                  indicators: levels.keys.sorted().map { AssessedIndicator(number: $0, level: levels[$0] ?? 0) })
    }

    /// The level given for an indicator, or nil.
    public func level(of number: Int) -> Int? {
        indicators.first { $0.number == number }?.level
    }

    /// Indicator number → level.
    public var levels: [Int: Int] {
        Dictionary(indicators.map { ($0.number, $0.level) }, uniquingKeysWith: { first, _ in first })
    }

    /// "Institution year", falling back to the file name.
    public var label: String {
        let parts = [institution, year.map(String.init)].compactMap { $0 }
        return parts.isEmpty ? path : parts.joined(separator: " ")
    }
}
