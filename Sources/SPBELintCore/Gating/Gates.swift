import Foundation

/// The gates of a request, loaded: every file is read and checked before any is applied, so a bad
/// file stops the run at `file:line:column` whatever the findings.
struct Gates {
    var waivers: Waivers?
    var baseline: Baseline?
    var ratchet: Ratchet?

    /// Loads the files `request` names; waivers may only name `knownRules`.
    init(_ request: GateRequest, knownRules: Set<String>) throws(RuleLoadError) {
        if let path = request.waivers {
            let waivers = try Waivers.load(path: path)
            try waivers.validate(knownRules: knownRules)
            self.waivers = waivers
        }
        if let path = request.baseline {
            baseline = try Baseline.load(path: path)
        }
        if let path = request.ratchet {
            if FileManager.default.fileExists(atPath: path) {
                ratchet = try Ratchet.load(path: path)
            } else if request.updateRatchet {
                ratchet = Ratchet()
            } else {
                throw RuleLoadError(file: path, message: "no ratchet record; run once with --update-ratchet to create it.")
            }
        }
    }
}
