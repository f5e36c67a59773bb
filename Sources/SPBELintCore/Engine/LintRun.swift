import Foundation

/// The outcome of linting a set of paths: documents read, findings, and inputs that could not be read.
public struct LintResult: Sendable {
    public var documents: [Document]
    public var findings: [Finding]
    public var problems: [InputProblem]
    /// Every requirement's outcome per document, in the order of `documents`.
    public var coverage: [DocumentCoverage] = []

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

    public init(linter: Linter, loader: DocumentLoader = DocumentLoader(), profileOverride: Profile? = nil) {
        self.linter = linter
        self.loader = loader
        self.profileOverride = profileOverride
    }

    public func run(paths: [String]) -> LintResult {
        let (files, collectProblems) = InputCollector.collect(paths)
        let outcomes = ParallelMap.map(files) { path -> Result<(Document, [Finding], DocumentCoverage), InputProblem> in
            loader.load(path: path).map { loaded in
                var document = loaded
                document.profileOverride = profileOverride
                let evaluation = linter.evaluate(document)
                return (document, evaluation.findings, evaluation.coverage)
            }
        }
        var result = LintResult(documents: [], findings: [], problems: collectProblems)
        for outcome in outcomes {
            switch outcome {
            case .success(let (document, findings, coverage)):
                result.documents.append(document)
                result.findings.append(contentsOf: findings)
                result.coverage.append(coverage)
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
