/// A ranked opportunity: how much the index rises if one indicator reaches its highest level.
public struct Improvement: Hashable, Sendable {
    public var number: Int
    public var name: String
    public var level: Int
    public var maxLevel: Int
    public var weight: FixedPoint
    /// maxLevel − level.
    public var levelsMissing: Int
    /// BI × levelsMissing / 100, in index points.
    public var gain: FixedPoint
    /// BI / 100: index points per level.
    public var gainPerLevel: FixedPoint
}
