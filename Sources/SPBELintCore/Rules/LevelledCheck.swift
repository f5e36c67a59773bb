/// A check whose requirement comes in successive maturity levels (a local facility, then its
/// connection to the national one), which can be asked at its first level only.
///
/// A document whose date is uncertain (no enactment date, and the instrument came into force during
/// its period) is asked the first level only: the capability, not the connection to a national
/// facility the instrument created after the plan may have been written.
public protocol LevelledCheck: RuleCheck {
    /// The same check asking the first level only.
    func firstLevel() -> any RuleCheck
}

/// `levels:` of a check whose groups are successive maturity levels: `true`, or a list with one
/// entry per level after the first, saying what a gap at that level means for the indicator
/// ("indikator 5 Permenpan RB 59/2020 tertahan di tingkat 3", or the criterion in words where the
/// evaluation criteria name no level the gap holds the document at).
public struct MaturityLevels: Decodable, Sendable {
    /// Whether the groups are levels at all (`levels: false` is the same as no `levels`).
    public var enabled: Bool
    /// Per level after the first, what its gap means for the indicator; empty with `levels: true`.
    public var consequences: [LocalizedText]

    public init(enabled: Bool, consequences: [LocalizedText] = []) {
        self.enabled = enabled
        self.consequences = consequences
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self.init(enabled: flag)
        } else {
            self.init(enabled: true, consequences: try container.decode([LocalizedText].self))
        }
    }

    /// What the gap at `level` (0 = the first) means, where the rule says so.
    public func consequence(at level: Int) -> LocalizedText? {
        level > 0 && level <= consequences.count ? consequences[level - 1] : nil
    }
}
