/// An aspect's index: (1/BA) × Σ(NI × BI), rounded as the regulation's Tabel 10 does.
public struct AspectScore: Hashable, Sendable {
    public var number: Int
    public var name: String
    public var domain: Int?
    /// BA, percent of the whole index.
    public var weight: FixedPoint
    /// Σ(NI × BI) over the aspect's indicators.
    public var weightedSum: FixedPoint
    /// The aspect index (NA), rounded to the framework's decimals.
    public var index: FixedPoint
}
