/// The gap to a target index and the fewest level steps that close it.
public struct TargetPlan: Hashable, Sendable {
    /// One indicator raised in the plan.
    public struct Step: Hashable, Sendable {
        public var number: Int
        public var name: String
        public var fromLevel: Int
        public var toLevel: Int
        /// Index points gained (BI × levels / 100, before rounding).
        public var gain: FixedPoint
    }

    public var target: FixedPoint
    public var current: FixedPoint
    /// target − current; zero or less when the target is already met.
    public var gap: FixedPoint
    public var reached: Bool
    /// False when even the highest levels (under any caps) do not reach the target.
    public var reachable: Bool
    public var steps: [Step]
    /// Total number of single-level raises in `steps`.
    public var levelSteps: Int
    /// The index after all steps.
    public var projectedIndex: FixedPoint
}
