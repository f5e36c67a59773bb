/// A predicate band (Tabel 13): an index at or above `minimum` (and below the next band) earns `name`.
public struct PredicateBand: Hashable, Sendable {
    public var name: String
    public var nameEN: String
    /// Inclusive lower bound, compared with the index rounded to the framework's decimals.
    public var minimum: FixedPoint

    public init(name: String, nameEN: String, minimum: FixedPoint) {
        self.name = name
        self.nameEN = nameEN
        self.minimum = minimum
    }
}
