/// A stricter (or different) tier of a rule for some profiles or document kinds, written under
/// `variants:` in rule.yml: "info elsewhere, but an obligation (error) for the national plan".
///
/// A variant applies when the document's profile is known and listed (when `profiles` is given) and
/// its kind is known and listed (when `documents` is given); the first that applies wins, else the
/// rule's own severity, basis and citations hold. A configured severity replaces every tier's.
public struct RuleVariant: Sendable, Hashable {
    public var profiles: [Profile]
    public var documentKinds: [String]
    public var severity: Severity
    public var basis: LegalBasis
    /// Citations for this tier; nil keeps the rule's own.
    public var citations: [Citation]?
    /// Instruments this tier rests on (`requires:` of the variant): a document not known to postdate
    /// them keeps the rule's own tier (an obligation exists only once its instrument is in force).
    public var requires: [Instrument]

    public init(profiles: [Profile] = [], documentKinds: [String] = [], severity: Severity, basis: LegalBasis,
                citations: [Citation]? = nil, requires: [Instrument] = []) {
        self.profiles = profiles
        self.documentKinds = documentKinds
        self.severity = severity
        self.basis = basis
        self.citations = citations
        self.requires = requires
    }

    /// Whether the variant applies to a document (profile and kind must be known to match, and its
    /// instruments in force at the document's date without doubt).
    public func applies(to document: Document) -> Bool {
        if !requires.isEmpty, InstrumentApplicability.of(requires, for: document.metadata) != .applies { return false }
        if !profiles.isEmpty, !profiles.contains(document.profile) { return false }
        if !documentKinds.isEmpty {
            guard let kind = document.kind, documentKinds.contains(kind) else { return false }
        }
        return true
    }

    /// "error (kewajiban) for nasional" / "error (kewajiban) untuk nasional".
    public func scopeDescription(in language: Language) -> String {
        let scope = (profiles.map(\.rawValue) + documentKinds).joined(separator: ", ")
        let since = requires.isEmpty ? ""
            : (language == .en ? " from " : " sejak ") + requires.map(\.name).joined(separator: ", ")
        return "\(severity.rawValue) (\(basis.name.text(in: language))) \(language == .en ? "for" : "untuk") \(scope)\(since)"
    }
}

/// The severity, legal force and citations a rule has for one document.
public struct RuleTier: Sendable, Hashable {
    public var severity: Severity
    public var basis: LegalBasis
    public var citations: [Citation]
}

/// The keys of one `variants:` entry.
struct RuleVariantDefinition: Decodable {
    var profiles: [Profile]?
    var documents: [String]?
    var severity: Severity
    var basis: LegalBasis
    var citations: [Citation]?
    var requires: [String]?

    enum CodingKeys: String, CodingKey, CaseIterable { case profiles, documents, severity, basis, citations, requires }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        profiles = try container.decodeIfPresent([Profile].self, forKey: .profiles)
        documents = try container.decodeIfPresent([String].self, forKey: .documents)
        severity = try container.decode(Severity.self, forKey: .severity)
        basis = try container.decode(LegalBasis.self, forKey: .basis)
        citations = try container.decodeIfPresent([Citation].self, forKey: .citations)
        requires = try container.decodeIfPresent([String].self, forKey: .requires)
    }
}
