import Foundation

/// The machine-readable report fixed by the output contract (`schemaVersion` 1).
public struct JSONReporter: Reporter {
    /// Whether each document's `coverage` is included (`check --no-coverage` leaves it out).
    public var includeCoverage: Bool

    public init(includeCoverage: Bool = true) {
        self.includeCoverage = includeCoverage
    }

    public func render(_ result: LintResult, language: Language) -> String {
        var text = ""
        write(result, language: language) { text += $0 }
        return text
    }

    /// Writes the report in pieces (one document, finding or coverage entry at a time), so a run
    /// over thousands of documents never holds the whole JSON text. The text is the same as one
    /// pretty, key-sorted encoding of the whole report by `JSONEncoder` (`JSONNode` writes it).
    public func write(_ result: LintResult, language: Language, to sink: (String) -> Void) {
        // The three long lists are left out of the head; each of their entries is made when it is
        // written, so the report never holds a second copy of the run's results.
        let report = JSONReport(result: result, language: language, includeCoverage: includeCoverage, withLists: false)
        var members: [(key: String, content: Member)] = report.headMembers.map { ($0.key, .value($0.value)) }
        if includeCoverage {
            members.append(("coverage", .list(result.coverage.count) {
                JSONReport.coverageEntry(result.coverage[$0], language: language).node }))
        }
        members.append(("documents", .list(result.documents.count) {
            JSONReport.documentEntry(result.documents[$0], language: language).node }))
        members.append(("findings", .list(result.findings.count) {
            JSONReport.findingEntry(result.findings[$0], language: language).node }))
        members.sort { $0.key < $1.key }
        func flush(_ out: inout [UInt8]) {
            sink(String(decoding: out, as: UTF8.self))
            out.removeAll(keepingCapacity: true)
        }
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (index, member) in members.enumerated() {
            JSONNode.writeKey(member.key, first: index == 0, level: 1, to: &out)
            switch member.content {
            case .value(let value):
                value.write(to: &out, level: 1)
            case .list(let count, let item):
                JSONNode.writeArray(count: count, level: 1, to: &out, item: { item($0).write(to: &$1, level: 2) },
                                    afterItem: flush)
            }
        }
        out += Array("\n}\n".utf8)
        flush(&out)
    }

    /// A top-level member of the report: a value, or a list whose items are made as they are written.
    private enum Member {
        case value(JSONNode)
        case list(Int, (Int) -> JSONNode)
    }
}

/// The JSON document written by `--format json`.
struct JSONReport: Encodable {
    struct Tool: Encodable {
        var name = "spbelint"
        var version = SPBELintVersion.current
    }

    /// A period as `start`, `end` and the `text` "2025-2029".
    struct PeriodEntry: Encodable {
        var start: Int
        var end: Int
        var text: String
        init(_ period: Period) { start = period.start; end = period.end; text = "\(period.start)-\(period.end)" }
    }

    struct DocumentEntry: Encodable {
        var path: String
        var format: String
        var profile: String
        var title: String?
        var period: PeriodEntry?
        /// What was understood of the document's identity, and from where (an addition to the contract).
        var kind: String
        var level: String?
        var institution: String?
        var number: String?
        var date: String?
        var status: String?
        var enacts: String?
        var parts: [DocumentPart]?
        var sources: [String: IdentitySource.Entry]
        var understood: [String]?
        /// One line in words: "Rencana Induk SPBE, Kota Denpasar, 2016-2020".
        var summary: String
    }

    struct FindingEntry: Encodable {
        var ruleId: String
        var severity: Severity
        /// The rule's legal force (`kewajiban`, `kriteria-evaluasi`, `praktik-baik`); absent for reading problems.
        var basis: LegalBasis?
        var message: String
        var path: String
        var line: Int
        var column: Int
        /// The page, for paged inputs (`.txt` with form feeds, PDF); absent otherwise.
        var page: Int?
        var area: Area
        var citations: [Citation]
        var indicators: [IndicatorLink]
        var fingerprint: String
        /// Word/OpenDocument only: the paragraph number (also in `line`) and the headings above it.
        var paragraph: Int?
        var headingPath: [String]?
    }

    /// A finding that does not count, with why (an addition to the contract).
    struct SuppressedEntry: Encodable {
        struct Reason: Encodable {
            var kind: Suppression.Kind
            var justification: String?
            var owner: String?
            var expires: String?
            var source: String
        }
        var ruleId: String
        var severity: Severity
        var message: String
        var path: String
        var line: Int
        var column: Int
        var area: Area
        var fingerprint: String
        var suppression: Reason
        var paragraph: Int?
        var headingPath: [String]?
    }

    struct TruncatedEntry: Encodable {
        var path: String
        var ruleId: String
        var omitted: Int
    }

    struct ProblemEntry: Encodable {
        var path: String
        var line: Int
        var column: Int
        var page: Int?
        var message: String
    }

    struct AreaEntry: Encodable {
        var area: Area
        var met: Int
        var notMet: Int
        var notApplicable: Int
        /// Checked, nothing wrong found, nothing shows them met (an addition; not in `percent`).
        var withoutEvidence: Int
        var percent: Int?
    }

    struct RequirementEntry: Encodable {
        var ruleId: String
        var area: Area
        var basis: LegalBasis?
        var status: RequirementStatus
        var requirement: String
        var citations: [Citation]
        var section: String?
        var line: Int?
        var column: Int?
        /// Why a requirement is not applicable, when known (an instrument not yet in force).
        var reason: String?
        /// True when met only in that nothing wrong was found (an addition); absent otherwise.
        var withoutEvidence: Bool?
        /// For a met requirement: a short excerpt of the line that meets it, and that line.
        var evidence: EvidenceEntry?
    }

    struct EvidenceEntry: Encodable {
        var excerpt: String
        var line: Int
    }

    struct CoverageEntry: Encodable {
        var path: String
        var percent: Int?
        var areas: [AreaEntry]
        var requirements: [RequirementEntry]
    }

    var schemaVersion = 1
    var tool = Tool()
    var language: String
    var documents: [DocumentEntry]
    var findings: [FindingEntry]
    /// Inputs that could not be linted (an addition to the contract; exit code 2).
    var errors: [ProblemEntry]
    /// Per document: every requirement met, not met or not applicable, with per-area totals
    /// (absent with `check --no-coverage`).
    var coverage: [CoverageEntry]?
    /// Findings left out because one rule gave more than 100 in one document; absent when none.
    var truncated: [TruncatedEntry]?
    var summary: [String: Int]
    /// Findings hidden by a comment, a waiver or a baseline; absent when there is none.
    var suppressed: [SuppressedEntry]?

    /// The report of a run; without `withLists`, `documents`, `findings` and `coverage` are left
    /// empty (the writer streams them).
    init(result: LintResult, language: Language, includeCoverage: Bool = true, withLists: Bool = true) {
        self.language = language.rawValue
        if !result.truncated.isEmpty {
            truncated = result.truncated.map { TruncatedEntry(path: $0.path, ruleId: $0.ruleId, omitted: $0.omitted) }
        }
        documents = withLists ? result.documents.map { Self.documentEntry($0, language: language) } : []
        findings = withLists ? result.findings.map { Self.findingEntry($0, language: language) } : []
        errors = result.problems.map {
            ProblemEntry(path: $0.path, line: $0.position.line, column: $0.position.column, page: $0.position.page,
                         message: $0.message(in: language))
        }
        coverage = !includeCoverage ? nil : withLists ? result.coverage.map { Self.coverageEntry($0, language: language) } : []
        if !result.suppressed.isEmpty {
            suppressed = result.suppressed.map { entry in
                let finding = entry.finding
                let reason = entry.suppression
                return SuppressedEntry(
                    ruleId: finding.ruleId, severity: finding.severity, message: finding.message.text(in: language),
                    path: finding.path, line: finding.position.line, column: finding.position.column, area: finding.area,
                    fingerprint: finding.fingerprint,
                    suppression: .init(kind: reason.kind, justification: reason.justification, owner: reason.owner,
                                       expires: reason.expires, source: reason.source),
                    paragraph: finding.position.paragraph, headingPath: finding.headingPath)
            }
        }
        let counts = result.counts
        summary = ["error": counts[.error, default: 0], "warning": counts[.warning, default: 0],
                   "info": counts[.info, default: 0]]
    }

    /// One document's entry.
    static func documentEntry(_ document: Document, language: Language) -> DocumentEntry {
        let metadata = document.metadata
        let parts = document.parts
        return DocumentEntry(path: document.path, format: document.format.rawValue, profile: document.profile.rawValue,
                             title: document.title, period: metadata.period.map(PeriodEntry.init), kind: document.kind ?? "unknown",
                             level: metadata.level, institution: metadata.institution, number: metadata.number,
                             date: metadata.enactmentDate?.description, status: metadata.status,
                             enacts: metadata.enacts, parts: parts.isEmpty ? nil : parts,
                             sources: IdentitySource.entries(for: document),
                             understood: metadata.understood.isEmpty ? nil : metadata.understood,
                             summary: IdentitySummary.line(for: document, language: language))
    }

    /// One finding's entry.
    static func findingEntry(_ finding: Finding, language: Language) -> FindingEntry {
        let position = finding.position
        return FindingEntry(ruleId: finding.ruleId, severity: finding.severity, basis: finding.basis,
                            message: finding.message.text(in: language), path: finding.path, line: position.line,
                            column: position.column, page: position.page, area: finding.area, citations: finding.citations,
                            indicators: finding.indicators, fingerprint: finding.fingerprint,
                            paragraph: position.paragraph, headingPath: finding.headingPath)
    }

    /// One document's coverage entry.
    static func coverageEntry(_ document: DocumentCoverage, language: Language) -> CoverageEntry {
        CoverageEntry(
            path: document.path, percent: document.percent,
            areas: document.areas.map {
                AreaEntry(area: $0.area, met: $0.met, notMet: $0.notMet, notApplicable: $0.notApplicable,
                          withoutEvidence: $0.withoutEvidence, percent: $0.percent)
            },
            requirements: document.requirements.map { requirement in
                let evidence = requirement.status == .met ? requirement.evidenceExcerpt.flatMap { excerpt in
                    requirement.evidencePosition.map { EvidenceEntry(excerpt: excerpt, line: $0.line) } } : nil
                return RequirementEntry(ruleId: requirement.ruleId, area: requirement.area, basis: requirement.basis,
                                        status: requirement.status, requirement: requirement.requirement.text(in: language),
                                        citations: requirement.citations, section: requirement.evidenceHeading,
                                        line: requirement.evidencePosition?.line,
                                        column: requirement.evidencePosition?.column,
                                        reason: requirement.reason?.text(in: language),
                                        withoutEvidence: requirement.withoutEvidence ? true : nil, evidence: evidence)
            })
    }
}
