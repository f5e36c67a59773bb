/// Refuses a rule tier that claims more than its citations support: an `error` is an obligation
/// (`kewajiban`) backed by at least one citation read in the regulation's text (`confirmed`).
enum LegalForceGate {
    static func check(severity: Severity, basis: LegalBasis, citations: [Citation], file: String,
                      at position: (Int, Int)) throws(RuleLoadError) {
        guard severity == .error else { return }
        guard basis == .kewajiban else {
            throw RuleLoadError(file: file, line: position.0, column: position.1, message:
                "severity 'error' needs basis 'kewajiban' (an obligation in a confirmed article), not '\(basis.rawValue)'")
        }
        guard citations.contains(where: { $0.confidence == .confirmed }) else {
            throw RuleLoadError(file: file, line: position.0, column: position.1, message:
                "severity 'error' (kewajiban) needs at least one citation with confidence 'confirmed'")
        }
    }
}
