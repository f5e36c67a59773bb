import Foundation

/// Recorded coverage per document (`--ratchet FILE`): a run fails only when a document meets a
/// smaller share of its applicable requirements than recorded.
public struct Ratchet: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Hashable {
        public var path: String
        public var met: Int
        public var applicable: Int
        /// Rounded `met / applicable`, for people; comparisons use the exact fraction.
        public var percent: Int

        public init(path: String, met: Int, applicable: Int, percent: Int) {
            self.path = path
            self.met = met
            self.applicable = applicable
            self.percent = percent
        }

        init(_ coverage: DocumentCoverage) {
            path = coverage.path
            met = coverage.requirements.filter { $0.status == .met }.count
            applicable = coverage.requirements.filter { $0.status != .notApplicable }.count
            percent = coverage.percent ?? 0
        }

        /// Whether this share is smaller than `other`'s.
        func isWorse(than other: Entry) -> Bool {
            met * other.applicable < other.met * applicable
        }
    }

    /// A document whose coverage fell.
    public struct Regression: Sendable, Hashable {
        public var recorded: Entry
        public var current: Entry
    }

    public var schemaVersion = 1
    public var documents: [Entry]

    public init(documents: [Entry] = []) {
        self.documents = documents
    }

    public static func load(path: String) throws(RuleLoadError) -> Ratchet {
        do {
            let data = try SafeFileReader.read(path, limit: 256 * 1024 * 1024)
            return try JSONDecoder().decode(Ratchet.self, from: data)
        } catch let error as DecodingError {
            throw RuleLoadError(file: path, message: "not a spbelint ratchet record: \(Baseline.describe(error))")
        } catch {
            throw RuleLoadError(file: path, message: "cannot read the ratchet record: \(error.localizedDescription)")
        }
    }

    /// Documents of `coverage` that meet a smaller share than recorded (documents with no
    /// applicable requirement, or not recorded, never regress).
    public func regressions(in coverage: [DocumentCoverage]) -> [Regression] {
        coverage.compactMap { document in
            let current = Entry(document)
            guard current.applicable > 0, let recorded = documents.first(where: { Waivers.samePath($0.path, document.path) }),
                  recorded.applicable > 0, current.isWorse(than: recorded) else { return nil }
            return Regression(recorded: recorded, current: current)
        }
    }

    /// The record after this run: better or new documents take the current values; documents that
    /// got worse, or were not linted, keep theirs.
    public func updated(with coverage: [DocumentCoverage]) -> Ratchet {
        var byPath = Dictionary(documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for document in coverage {
            let current = Entry(document)
            guard current.applicable > 0 else { continue }
            let key = byPath.keys.first { Waivers.samePath($0, document.path) } ?? document.path
            if let recorded = byPath[key], current.isWorse(than: recorded) { continue }
            byPath[key] = current
        }
        return Ratchet(documents: byPath.values.sorted { $0.path < $1.path })
    }

    /// Adds a `cakupan-menurun` finding (error, at line 1) for each regression.
    public func apply(to result: inout LintResult) -> [Regression] {
        let found = regressions(in: result.coverage)
        for regression in found {
            let (old, new) = (regression.recorded, regression.current)
            result.findings.append(BuiltInChecks.finding(
                BuiltInChecks.coverageDropped,
                message: LocalizedText(
                    id: "Cakupan turun dari \(old.percent)% (\(old.met)/\(old.applicable)) menjadi \(new.percent)% (\(new.met)/\(new.applicable)) persyaratan terpenuhi.",
                    en: "Coverage fell from \(old.percent)% (\(old.met)/\(old.applicable)) to \(new.percent)% (\(new.met)/\(new.applicable)) of requirements met."),
                path: new.path, position: .start, key: []))
        }
        result.findings.sort(by: Finding.reportOrder)
        return found
    }

    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
