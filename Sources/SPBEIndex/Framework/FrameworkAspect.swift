/// One aspect of a framework with its weight (BA) and its indicators.
public struct FrameworkAspect: Hashable, Sendable {
    public var number: Int
    public var name: String
    /// Weight in percent of the whole index (BA).
    public var weight: FixedPoint
    /// The domain the aspect belongs to; nil in a framework without domains.
    public var domain: Int?
    public var indicators: [FrameworkIndicator]

    public init(number: Int, name: String, weight: FixedPoint, domain: Int?, indicators: [FrameworkIndicator]) {
        self.number = number
        self.name = name
        self.weight = weight
        self.domain = domain
        self.indicators = indicators
    }
}
