/// The lint pipeline every command that lints shares (`check`, `risk`, `report`): load → analyse →
/// evaluate → configure (`.spbelint.yml`) → suppress (inline comments, waivers, baseline) → gate
/// (ratchet, `--fail-on`). Commands parse their arguments into a `CheckRequest` and print the outcome.
public struct CheckPipeline: Sendable {
    /// The rules of the catalogue, before configuration.
    public var rules: [Rule]
    public var request: CheckRequest

    public init(rules: [Rule], request: CheckRequest) {
        self.rules = rules
        self.request = request
    }

    /// Runs the request. A configuration, waivers, baseline or ratchet file that cannot be used is
    /// thrown at `file:line:column` (exit 2); an unreadable input is kept in `result.problems`.
    public func run() throws(RuleLoadError) -> CheckOutcome {
        let lintRun = self.lintRun
        let gates = try Gates(request.gates, knownRules: lintRun.knownRules)
        var result = try lintRun.run(paths: request.paths, configuration: request.configuration,
                                     inlineSuppressions: request.inlineSuppressions)
        gates.waivers?.apply(to: &result, today: request.gates.today ?? Waivers.today())
        let unbaselined = result.findings
        if let baseline = gates.baseline, let file = request.gates.baseline { baseline.apply(to: &result, file: file) }
        let regressions = gates.ratchet?.apply(to: &result)
        return CheckOutcome(result: result, unbaselined: unbaselined, ratchet: gates.ratchet, regressions: regressions ?? [],
                            status: ExitStatus.of(result, failOn: request.gates.failOn, ratchet: regressions))
    }

    /// The load, analyse, evaluate, configure and inline-suppress steps, as asked.
    var lintRun: LintRun {
        var run = LintRun(linter: Linter(rules: rules), loader: request.loader,
                          profileOverride: request.profile, kindOverride: request.kind)
        run.keepsDocumentBodies = request.keepsDocumentBodies
        run.standardInput = request.standardInput
        run.progress = request.progress
        run.prefetch = request.prefetch
        return run
    }
}
