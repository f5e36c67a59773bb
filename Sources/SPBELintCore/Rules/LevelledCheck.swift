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
