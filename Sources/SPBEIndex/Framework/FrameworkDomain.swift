/// One domain of a framework with its weight (BD) and its aspects.
public struct FrameworkDomain: Hashable, Sendable {
    public var number: Int
    public var name: String
    /// Weight in percent of the whole index (BD).
    public var weight: FixedPoint
    public var aspects: [FrameworkAspect]

    public init(number: Int, name: String, weight: FixedPoint, aspects: [FrameworkAspect]) {
        self.number = number
        self.name = name
        self.weight = weight
        self.aspects = aspects
    }
}
