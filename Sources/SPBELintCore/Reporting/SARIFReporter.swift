import Foundation

/// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.
///
/// One run; `tool.driver.rules` describes every rule (help text with the citation); each result has
/// `ruleId`, `ruleIndex`, `level`, a relative `artifactLocation.uri`, a region with `startLine` and
/// `startColumn`, and `partialFingerprints` from the finding fingerprint (so alerts survive edits
/// that move lines). Suppressed findings carry `suppressions` (inline comments: `inSource`,
/// waivers: `external`); with a baseline, results carry `baselineState`.
public struct SARIFReporter: Reporter {
    /// Relative URIs are relative to this folder (the working directory by default).
    public var baseDirectory: String

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory ?? ReportText.currentDirectory
    }

    public func render(_ result: LintResult, language: Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log(result, language: language)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func log(_ result: LintResult, language: Language) -> SARIFLog {
        let rules = result.allRules
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let entries = result.findings.map { ($0, Suppression?.none) } + result.suppressed.map { ($0.finding, Optional($0.suppression)) }
        let results = entries.sorted { Finding.reportOrder($0.0, $1.0) }.map { finding, suppression in
            self.result(finding, suppression: suppression, ruleIndex: index[finding.ruleId] ?? 0,
                        baseline: result.baselineApplied, language: language)
        }
        let notifications = result.problems.map { problem in
            SARIFLog.Notification(level: "error", message: .init(text: problem.message(in: language)),
                                  locations: [location(problem.path, problem.position)])
        }
        let run = SARIFLog.Run(
            tool: .init(driver: .init(name: "spbelint", version: SPBELintVersion.current,
                                      semanticVersion: SPBELintVersion.current,
                                      rules: rules.map { descriptor($0, language: language) })),
            invocations: [.init(executionSuccessful: result.problems.isEmpty,
                                toolExecutionNotifications: notifications.isEmpty ? nil : notifications)],
            language: language == .en ? "en-US" : "id-ID",
            columnKind: "unicodeCodePoints",
            results: results,
            properties: paragraphProperties(result))
        return SARIFLog(runs: [run])
    }

    private func descriptor(_ rule: RuleInfo, language: Language) -> SARIFLog.Rule {
        let message = rule.message.text(in: language)
        let description = rule.description?.text(in: language) ?? message
        let citations = rule.citations.map { $0.rendered(in: language) }
        let basis = language == .en ? "Legal basis" : "Dasar hukum"
        let force = LegalForceText.render(basis: rule.basis, citations: rule.citations, language: language)
        var helpText = description
        var helpMarkdown = description
        if !citations.isEmpty {
            helpText += "\n\n\(basis): " + force
            helpMarkdown += "\n\n**\(basis)**: " + (rule.basis.map { $0.name.text(in: language) } ?? "")
                + "\n\n" + citations.map { "- \($0)" }.joined(separator: "\n")
        }
        var tags = ["spbe", rule.area.rawValue]
        if let pack = rule.pack { tags.append(pack) }
        return SARIFLog.Rule(
            id: rule.id, name: rule.id,
            shortDescription: .init(text: message), fullDescription: .init(text: description),
            help: .init(text: helpText, markdown: helpMarkdown),
            defaultConfiguration: .init(level: Self.level(rule.severity)),
            properties: .init(tags: tags, area: rule.area.rawValue, pack: rule.pack,
                              problemSeverity: Self.problemSeverity(rule.severity),
                              citations: rule.citations.isEmpty ? nil : rule.citations,
                              indicators: rule.indicators.isEmpty ? nil : rule.indicators,
                              basis: rule.basis?.rawValue, legalForce: rule.basis == nil ? nil : force))
    }

    private func result(_ finding: Finding, suppression: Suppression?, ruleIndex: Int, baseline: Bool,
                        language: Language) -> SARIFLog.Result {
        var baselineState: String?
        if baseline {
            baselineState = suppression?.kind == .baseline ? "unchanged" : (suppression == nil ? "new" : nil)
        }
        var suppressions: [SARIFLog.SuppressionEntry]?
        if let suppression, suppression.kind != .baseline {
            suppressions = [.init(kind: suppression.kind == .inline ? "inSource" : "external", status: "accepted",
                                  justification: suppression.justification,
                                  properties: .init(owner: suppression.owner, expires: suppression.expires,
                                                    source: suppression.source))]
        }
        return SARIFLog.Result(
            ruleId: finding.ruleId, ruleIndex: ruleIndex, level: Self.level(finding.severity), kind: "fail",
            message: .init(text: finding.message.text(in: language)),
            locations: [location(finding.path, finding.position)],
            partialFingerprints: ["spbelintFingerprint/v1": finding.fingerprint,
                                  "primaryLocationLineHash": finding.fingerprint],
            baselineState: baselineState, suppressions: suppressions,
            properties: .init(area: finding.area.rawValue,
                              citations: finding.citations.isEmpty ? nil : finding.citations,
                              basis: finding.basis?.rawValue,
                              legalForce: finding.basis == nil ? nil
                                  : LegalForceText.render(basis: finding.basis, citations: finding.citations, language: language),
                              page: finding.position.page,
                              paragraph: finding.position.paragraph, headingPath: finding.headingPath))
    }

    /// Says which artifacts count paragraphs rather than lines (Word, OpenDocument); nil when none do.
    private func paragraphProperties(_ result: LintResult) -> SARIFLog.RunProperties? {
        let paragraphed = result.documents.filter(\.format.numbersParagraphs)
            .map { ReportText.uri($0.path, base: baseDirectory) }
        guard !paragraphed.isEmpty else { return nil }
        return .init(paragraphArtifacts: paragraphed,
                     regionUnits: "For the artifacts in paragraphArtifacts, region.startLine is the paragraph "
                        + "number (¶, counting every paragraph of the body, table cells included) and startColumn is 1; "
                        + "each result's properties.headingPath names the headings above it.")
    }

    private func location(_ path: String, _ position: SourcePosition) -> SARIFLog.Location {
        .init(physicalLocation: .init(artifactLocation: .init(uri: ReportText.uri(path, base: baseDirectory)),
                                      region: .init(startLine: max(1, position.line), startColumn: max(1, position.column))))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func problemSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "recommendation"
        }
    }
}

/// The subset of the SARIF 2.1.0 object model spbelint writes.
struct SARIFLog: Encodable {
    struct Text: Encodable { var text: String }
    struct Help: Encodable {
        var text: String
        var markdown: String
    }
    struct Configuration: Encodable { var level: String }
    struct RuleProperties: Encodable {
        var tags: [String]
        var area: String
        var pack: String?
        var problemSeverity: String
        var citations: [Citation]?
        var indicators: [IndicatorLink]?
        /// The rule's tier: `kewajiban`, `kriteria-evaluasi` or `praktik-baik`.
        var basis: String?
        /// The tier in words with its citations.
        var legalForce: String?

        enum CodingKeys: String, CodingKey {
            case tags, area, pack, citations, indicators, basis, legalForce
            case problemSeverity = "problem.severity"
        }
    }
    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Help
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }
    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [Rule]
    }
    struct Tool: Encodable { var driver: Driver }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct SuppressionProperties: Encodable {
        var owner: String?
        var expires: String?
        var source: String
    }
    struct SuppressionEntry: Encodable {
        var kind: String
        var status: String
        var justification: String?
        var properties: SuppressionProperties
    }
    struct ResultProperties: Encodable {
        var area: String
        var citations: [Citation]?
        var basis: String?
        var legalForce: String?
        /// The page of a paged input (PDF: `startLine` then counts lines within this page).
        var page: Int?
        var paragraph: Int?
        var headingPath: [String]?
    }
    struct RunProperties: Encodable {
        var paragraphArtifacts: [String]
        var regionUnits: String
    }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var kind: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var baselineState: String?
        var suppressions: [SuppressionEntry]?
        var properties: ResultProperties
    }
    struct Notification: Encodable {
        var level: String
        var message: Text
        var locations: [Location]
    }
    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }
    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var language: String
        var columnKind: String
        var results: [Result]
        var properties: RunProperties?
    }

    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }
}
