import Foundation

/// The outcome of linting a set of paths: documents read, findings, and inputs that could not be read.
public struct LintResult: Sendable {
    public var documents: [Document]
    public var findings: [Finding]
    public var problems: [InputProblem]
    /// Every requirement's outcome per document, in the order of `documents`.
    public var coverage: [DocumentCoverage] = []
    /// Findings hidden by an inline comment, a waiver or a baseline; they do not count for the exit code.
    public var suppressed: [SuppressedFinding] = []
    /// The rules of the run (the whole catalogue, before configuration), for reports that describe them.
    public var rules: [RuleInfo] = []
    /// Findings left out per rule and document beyond `FindingCap.perRuleAndDocument`.
    public var truncated: [TruncatedFindings] = []
    /// Whether findings were compared with a baseline (`--baseline`).
    public var baselineApplied = false

    /// Number of findings per severity.
    public var counts: [Severity: Int] {
        Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
    }
}

/// Lints files and folders: collects inputs, parses each once (in parallel), and runs the rules.
public struct LintRun: Sendable {
    public var linter: Linter
    public var loader: DocumentLoader
    public var profileOverride: Profile?
    /// Whether `LintResult.documents` keep their content; without it they keep only what reports
    /// print (path, format, metadata, first heading), so a run over thousands of documents stays small.
    public var keepsDocumentBodies = true
    /// The document kind forced by `--kind`, else nil.
    public var kindOverride: String?
    /// The text read from standard input for the path `-`, and the name it is reported under.
    public var standardInput: StandardInput?
    /// Told after each document is read and checked (from any thread): how many are done, of how many.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// Documents read ahead while the rules loaded; the others are read here.
    public var prefetch: DocumentPrefetch?

    public init(linter: Linter, loader: DocumentLoader = DocumentLoader(), profileOverride: Profile? = nil,
                kindOverride: String? = nil) {
        self.linter = linter
        self.loader = loader
        self.profileOverride = profileOverride
        self.kindOverride = kindOverride
    }

    public func run(paths: [String]) -> LintResult {
        let (files, collectProblems) = collect(paths)
        return lint(files.map { ($0, nil) }, problems: collectProblems, inlineSuppressions: false)
    }

    /// Lints with the configuration `mode` gives each document (`.spbelint.yml`) and, when
    /// `inlineSuppressions` is set, applies the documents' `spbelint-disable…` comments.
    /// A configuration that cannot be loaded is thrown at `file:line:column`.
    public func run(paths: [String], configuration mode: ConfigurationMode,
                    inlineSuppressions: Bool = true) throws(RuleLoadError) -> LintResult {
        let (files, collectProblems) = collect(paths)
        var loader = ConfigurationLoader(knownRules: knownRules, knownPacks: Set(linter.rules.map(\.pack)))
        var planned: [(String, EffectiveSettings?)] = []
        var ignoredBy: String?
        for file in files {
            // Standard input is configured as the file it stands for (`--stdin-filename`).
            let configured = file == StandardInput.path ? (standardInput?.name ?? file) : file
            let settings = try loader.configuration(for: configured, mode: mode)?.settings(for: configured)
            if settings?.ignored == true {
                ignoredBy = ignoredBy ?? settings?.configFile ?? file
                continue
            }
            planned.append((file, settings))
        }
        var problems = collectProblems
        if planned.isEmpty, let ignoredBy {
            // Every document found is ignored: a CI job would pass without checking anything.
            problems.append(InputProblem(
                path: ignoredBy,
                message: "Semua \(files.count) dokumen masukan diabaikan oleh 'ignore' konfigurasi; tidak ada yang diperiksa.",
                messageEN: "All \(files.count) input document(s) are ignored by the configuration's 'ignore'; nothing was checked."))
        }
        return lint(planned, problems: problems, inlineSuppressions: inlineSuppressions)
    }

    /// Files and folders expanded; `-` stands for standard input and is kept as it is.
    private func collect(_ paths: [String]) -> (files: [String], problems: [InputProblem]) {
        let (files, problems) = InputCollector.collect(paths.filter { $0 != StandardInput.path })
        let stdin = paths.contains(StandardInput.path) && standardInput != nil ? [StandardInput.path] : []
        return (stdin + files, problems)
    }

    /// Rule ids a configuration or a comment may name: the catalogue's and the built-in checks'.
    public var knownRules: Set<String> { Set(linter.rules.map(\.id)).union(BuiltInChecks.ids) }

    private typealias Outcome = (document: Document, findings: [Finding], coverage: DocumentCoverage, suppressed: [SuppressedFinding],
                                 truncated: [TruncatedFindings])

    private func lint(_ files: [(String, EffectiveSettings?)], problems: [InputProblem], inlineSuppressions: Bool) -> LintResult {
        let known = knownRules
        let counter = progress.map { RunProgress(total: files.count, observer: $0) }
        // Fewer documents than cores: each document's rules run on all cores instead.
        let parallelRules = files.count < ProcessInfo.processInfo.activeProcessorCount
        let outcomes = ParallelMap.map(files) { planned -> Result<Outcome, InputProblem> in
            defer { counter?.step() }
            let (path, settings) = planned
            let read = path == StandardInput.path && standardInput != nil
                ? loader.load(standardInput!) : prefetch?.take(path) ?? loader.load(path: path)
            return read.map { loaded in
                var document = loaded
                document.profileOverride = profileOverride ?? settings?.profile
                document.kindOverride = kindOverride ?? settings?.kind
                let configured = settings.map { Linter(rules: $0.apply(to: linter.rules)) } ?? linter
                let evaluation = configured.evaluate(document, parallel: parallelRules)
                var findings = evaluation.findings
                var suppressed: [SuppressedFinding] = []
                if inlineSuppressions {
                    let outcome = InlineSuppressions(document: document, knownRules: known).apply(to: findings, in: document)
                    findings = outcome.kept + outcome.reports.map(document.locating)
                    suppressed = outcome.suppressed
                }
                if let settings {
                    let catalogIDs = Set(configured.rules.map(\.id))
                    findings = findings.compactMap { catalogIDs.contains($0.ruleId) ? $0 : settings.apply(to: $0) }
                }
                let capped = FindingCap.apply(findings.sorted(by: Finding.reportOrder), path: document.path)
                return (keepsDocumentBodies ? document : document.summary, capped.kept, evaluation.coverage, suppressed,
                        capped.truncated)
            }
        }
        var result = LintResult(documents: [], findings: [], problems: problems)
        result.rules = linter.rules.map(RuleInfo.init(rule:))
        for outcome in outcomes {
            switch outcome {
            case .success(let outcome):
                result.documents.append(outcome.document)
                result.findings.append(contentsOf: outcome.findings)
                result.coverage.append(outcome.coverage)
                result.suppressed.append(contentsOf: outcome.suppressed)
                result.truncated.append(contentsOf: outcome.truncated)
            case .failure(let problem):
                result.problems.append(problem)
            }
        }
        result.findings.sort(by: Finding.reportOrder)
        return result
    }
}

/// Maps over an array on all cores, keeping the order of the input.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// Slots written once each from concurrent iterations, guarded by a lock.
final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [R] { slots.map { $0! } }
}
