/// One weighted indicator of a framework (e.g. indicator 11, Tingkat Kematangan Arsitektur SPBE, 2.50%).
public struct FrameworkIndicator: Hashable, Sendable {
    public var number: Int
    public var name: String
    /// Weight in percent of the whole index (BI).
    public var weight: FixedPoint
    /// The key of the indicator's maturity scale.
    public var scale: String
    /// The aspect the indicator belongs to.
    public var aspect: Int
    /// The domain the indicator belongs to; nil in a framework without domains.
    public var domain: Int?

    public init(number: Int, name: String, weight: FixedPoint, scale: String, aspect: Int, domain: Int?) {
        self.number = number
        self.name = name
        self.weight = weight
        self.scale = scale
        self.aspect = aspect
        self.domain = domain
    }
}
