import Foundation
import Yams

/// A loaded rule: identity, what it enforces, where it applies, and its configured check.
public struct Rule: Sendable {
    public var id: String
    public var pack: String
    public var kind: String
    public var severity: Severity
    /// The legal force behind the rule: obligation, evaluation criterion or good practice.
    public var basis: LegalBasis
    public var area: Area
    public var citations: [Citation]
    public var indicators: [IndicatorLink]
    /// Profiles the rule applies to; documents of other known profiles skip it.
    public var profiles: [Profile]
    /// Document kinds (metadata `jenis`) the rule applies to; empty means every kind.
    public var documentKinds: [String]
    /// When set, the rule applies only to an instrument that enacts one of these plans as its Lampiran.
    public var enacts: [String] = []
    public var message: LocalizedText
    public var description: LocalizedText?
    public var check: any RuleCheck
    /// The rule's folder, holding `rule.yml` and its example documents.
    public var folder: URL?
    /// The kind's options as written, for `spbelint explain` (read again from `rule.yml` when asked).
    public var optionsYAML: String? {
        guard let file = folder?.appendingPathComponent("rule.yml"),
              let text = try? String(contentsOf: file, encoding: .utf8),
              let node = try? YAMLDecoding.compose(text, file: file.path),
              let options = node.mapping?["options"] else { return nil }
        return try? Yams.serialize(node: options)
    }
    /// The concepts its options name, with their terms, for `spbelint explain`.
    public var concepts: [Concept] = []

    /// Other tiers for some profiles or document kinds (`variants:`), first match wins.
    public var variants: [RuleVariant] = []
    /// Instruments the rule asks a document to cite or follow (`requires:`); a document dated
    /// before one of them came into force is not asked.
    public var requires: [Instrument] = []
    /// Display labels for search terms filled into `{placeholders}` (`termLabels:`), keyed by the folded term.
    public var termLabels: [String: LocalizedText] = [:]

    /// The message of a match (the kind's own, or the rule's), with each search term replaced by its
    /// display label.
    public func message(for match: Match) -> LocalizedText {
        let values = match.values.mapValues { value -> LocalizedText in
            if let label = termLabels[value.id.lowercased()] { return label }
            let parts = value.id.components(separatedBy: ", ")
            guard parts.count > 1, parts.allSatisfy({ termLabels[$0.lowercased()] != nil }) else { return value }
            let labels = parts.compactMap { termLabels[$0.lowercased()] }
            return LocalizedText(id: labels.map(\.id).joined(separator: ", "), en: labels.map(\.en).joined(separator: ", "))
        }
        let filled = (match.message ?? message).filled(with: values)
        return LocalizedText(id: Self.sentenceCase(filled.id), en: Self.sentenceCase(filled.en))
    }

    /// A message starts with a capital, also when it opens with a search term ("pusat data ada di …").
    static func sentenceCase(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The severity, legal force and citations the rule has for this document.
    public func tier(for document: Document) -> RuleTier {
        if let variant = variants.first(where: { $0.applies(to: document) }) {
            return RuleTier(severity: variant.severity, basis: variant.basis, citations: variant.citations ?? citations)
        }
        return RuleTier(severity: severity, basis: basis, citations: citations)
    }

    /// Whether the instruments the rule requires can be asked of the document at its date.
    public func instruments(for document: Document) -> InstrumentApplicability {
        InstrumentApplicability.of(requires, for: document.metadata)
    }

    /// Sets the severity of every tier (a configuration's `rules: {id: warning}`).
    public mutating func configure(severity: Severity) {
        self.severity = severity
        variants = variants.map { var variant = $0; variant.severity = severity; return variant }
    }

    /// Whether the rule applies to a document of this profile. A rule limited to some profiles
    /// does not run on a document whose profile is unknown: it would claim what may not be true.
    public func applies(to profile: Profile) -> Bool {
        profiles.isEmpty || profiles.contains(profile)
    }

    /// Whether the rule applies to a document: its profile, its kind (`jenis`) and what it enacts.
    /// A document of unknown kind gets only the rules that apply to every kind.
    public func applies(to document: Document) -> Bool {
        guard applies(to: document.profile) else { return false }
        if !enacts.isEmpty {
            guard let plan = document.metadata.enacts, enacts.contains(plan) else { return false }
        }
        guard !documentKinds.isEmpty else { return true }
        guard let kind = document.kind else { return false }
        return documentKinds.contains(kind)
    }

    /// Example documents in the rule folder: `compliant*` and `noncompliant*` Markdown or XML files.
    public var examples: [URL] {
        guard let folder else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter {
            let name = $0.lastPathComponent
            return (name.hasPrefix("compliant") || name.hasPrefix("noncompliant"))
                && DocumentFormat.forExtension($0.pathExtension) != nil
        }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
