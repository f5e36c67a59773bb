import Foundation
import Testing
@testable import SPBELintCore

/// Documents read ahead while the rules load, and one document's rules run on all cores: both
/// change when work is done, never what it gives.
@Suite("read ahead and parallel rules")
struct ReadAheadTests {
    static let linter = Linter(rules: (try? RulePack.loadAll(from: Repository.rules).flatMap(\.rules)) ?? [])

    /// The examples a run of one document would read, in every format the loader takes.
    static let examples: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Repository.examples.path)) ?? [])
        .filter { ["md", "xml", "pdf", "docx", "odt"].contains(URL(fileURLWithPath: $0).pathExtension) }
        .sorted().map { Repository.examples.appendingPathComponent($0).path }

    @Test("a document's rules on all cores give the same findings and coverage, in the same order")
    func parallelRulesSameOutcome() throws {
        #expect(Self.examples.count >= 8)
        #expect(Self.linter.rules.count > 50)
        for path in Self.examples {
            let document = try DocumentLoader().load(path: path).get()
            let serial = Self.linter.evaluate(document, parallel: false)
            let parallel = Self.linter.evaluate(document, parallel: true)
            #expect(parallel.findings == serial.findings, "\(path)")
            #expect(parallel.coverage.requirements.map(\.ruleId) == serial.coverage.requirements.map(\.ruleId), "\(path)")
            #expect(parallel.coverage.requirements.map(\.status) == serial.coverage.requirements.map(\.status), "\(path)")
        }
    }

    @Test("a file read ahead is the document the loader reads, handed out once")
    func readAheadSameDocument() throws {
        let paths = Array(Self.examples.prefix(2))
        let prefetch = DocumentPrefetch(paths: paths, loader: DocumentLoader(), cores: 4)
        for path in paths {
            let ahead = try #require(prefetch.take(path)).get()
            let direct = try DocumentLoader().load(path: path).get()
            #expect(ahead.sections == direct.sections)
            #expect(Self.linter.lint(ahead) == Self.linter.lint(direct))
            #expect(prefetch.take(path) == nil, "handed out once, then released")
        }
    }

    @Test("only regular files named directly are read ahead, and no more than the cores to spare")
    func readAheadScope() throws {
        let folder = Repository.examples.path
        let missing = folder + "/tidak-ada.md"
        let some = DocumentPrefetch(paths: [folder, StandardInput.path, missing, Self.examples[0]], loader: DocumentLoader(), cores: 4)
        #expect(some.take(folder) == nil)
        #expect(some.take(StandardInput.path) == nil)
        #expect(some.take(missing) == nil)
        #expect(some.take(Self.examples[0]) != nil)
        let tooMany = DocumentPrefetch(paths: Array(Self.examples.prefix(4)), loader: DocumentLoader(), cores: 4)
        #expect(Self.examples.prefix(4).allSatisfy { tooMany.take($0) == nil }, "as many files as cores: the run reads them in parallel")
        let oneCore = DocumentPrefetch(paths: [Self.examples[0]], loader: DocumentLoader(), cores: 1)
        #expect(oneCore.take(Self.examples[0]) == nil)
    }

    @Test("an unreadable file read ahead gives the loader's problem")
    func readAheadProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-ahead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("kosong.md").path
        try Data().write(to: URL(fileURLWithPath: empty))
        let prefetch = DocumentPrefetch(paths: [empty], loader: DocumentLoader(), cores: 2)
        let ahead = try #require(prefetch.take(empty))
        guard case .failure(let problem) = ahead, case .failure(let direct) = DocumentLoader().load(path: empty) else {
            Issue.record("an empty file must be refused")
            return
        }
        #expect(problem.message == direct.message)
        #expect(problem.path == empty)
    }
}
