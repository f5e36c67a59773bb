/// An indicator's level in one assessment and what it contributes to the index.
public struct IndicatorScore: Hashable, Sendable {
    public var number: Int
    public var name: String
    public var aspect: Int
    public var domain: Int?
    public var level: Int
    public var levelName: String
    public var levelNameEN: String
    /// Highest level the indicator can reach (the scale's top, or lower under a cap).
    public var maxLevel: Int
    /// BI, percent of the whole index.
    public var weight: FixedPoint
    /// NI × BI / 100: index points this indicator contributes.
    public var contribution: FixedPoint
    /// BI × (maxLevel − NI) / 100: index points still open.
    public var potentialGain: FixedPoint
    public var evidence: [String]
    public var note: String?
}
