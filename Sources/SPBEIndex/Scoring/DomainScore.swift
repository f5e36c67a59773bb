/// A domain's index: (1/BD) × Σ(NA × BA), rounded as the regulation's Tabel 11 does.
public struct DomainScore: Hashable, Sendable {
    public var number: Int
    public var name: String
    /// BD, percent of the whole index.
    public var weight: FixedPoint
    /// Σ(NA × BA) over the domain's aspects.
    public var weightedSum: FixedPoint
    /// The domain index (ND), rounded to the framework's decimals.
    public var index: FixedPoint
}
