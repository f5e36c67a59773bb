/// The CI gates of a run: waivers, baseline, ratchet and the failing threshold. Empty by default,
/// so a command that only reports (`risk`, `report`) gates nothing and fails on nothing.
public struct GateRequest: Sendable, Hashable {
    /// The `--waivers` file.
    public var waivers: String?
    /// The `--baseline` file.
    public var baseline: String?
    /// The `--ratchet` file; with a ratchet only a fall in coverage fails the run.
    public var ratchet: String?
    /// Whether a missing ratchet record may be created (`--update-ratchet`).
    public var updateRatchet = false
    /// The `--fail-on` threshold.
    public var failOn: FailThreshold = .never
    /// The day waivers are checked against (`YYYY-MM-DD`); today when nil.
    public var today: String?

    public init(waivers: String? = nil, baseline: String? = nil, ratchet: String? = nil, updateRatchet: Bool = false,
                failOn: FailThreshold = .never, today: String? = nil) {
        self.waivers = waivers
        self.baseline = baseline
        self.ratchet = ratchet
        self.updateRatchet = updateRatchet
        self.failOn = failOn
        self.today = today
    }
}
