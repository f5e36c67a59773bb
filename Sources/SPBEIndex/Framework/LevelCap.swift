/// A ceiling on indicator levels while a condition is unmet, e.g. an incomplete architecture keeps indicator 11 at level 2.
public struct LevelCap: Hashable, Sendable {
    /// Stable identifier, e.g. "arsitektur-referensi-domain".
    public var id: String
    /// The spbelint finding area the cap belongs to (e.g. "arsitektur", "peta-rencana").
    public var area: String
    public var indicators: [Int]
    public var maxLevel: Int
    /// The unmet condition, in Indonesian.
    public var condition: String
    /// The unmet condition, in English.
    public var conditionEN: String
    /// The items whose absence triggers the cap (e.g. the six architecture domains).
    public var items: [String]
    public var citation: String

    public init(id: String, area: String, indicators: [Int], maxLevel: Int, condition: String,
                conditionEN: String, items: [String], citation: String) {
        self.id = id
        self.area = area
        self.indicators = indicators
        self.maxLevel = maxLevel
        self.condition = condition
        self.conditionEN = conditionEN
        self.items = items
        self.citation = citation
    }
}
