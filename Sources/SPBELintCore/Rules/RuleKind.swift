import Yams

/// One place where a rule's requirement is not met, with values for the message placeholders.
public struct Match: Sendable, Hashable {
    public var position: SourcePosition
    /// The section the match is about (for the fingerprint), or nil for the whole document.
    public var section: Int?
    /// Values for `{placeholder}`s in the rule's message.
    public var values: [String: LocalizedText]
    /// Distinguishes several matches of one rule in one section (for example the missing term).
    public var key: String
    /// A message from the kind that replaces the rule's own (for a secondary case such as an
    /// empty section), already filled in.
    public var message: LocalizedText?
    /// A severity that replaces the rule's own, for a lesser case (a concept found outside its
    /// section, or mentioned but not planned, is `info`).
    public var severity: Severity?

    public init(position: SourcePosition, section: Int?, values: [String: LocalizedText] = [:], key: String = "",
                message: LocalizedText? = nil, severity: Severity? = nil) {
        self.position = position
        self.section = section
        self.values = values
        self.key = key
        self.message = message
        self.severity = severity
    }
}

/// What a check concludes about one document.
public enum RuleOutcome: Sendable {
    /// The part of the document the requirement looks at is absent, and no other rule requires it.
    case notApplicable
    /// The requirement is met, at the given place.
    case met(Evidence)
    /// Nothing wrong was found, but nothing shows the requirement met either (a check for defects,
    /// or one with nothing in scope to check): met without evidence, which coverage does not count.
    case nothingFound
    /// The requirement is not met; the matches become findings (none when another rule reports
    /// the root cause, such as a missing parent section).
    case unmet([Match])

    /// The matches of an unmet requirement; none otherwise.
    public var matches: [Match] {
        if case .unmet(let matches) = self { return matches }
        return []
    }
}

/// A configured check that finds where a document fails a requirement.
public protocol RuleCheck: Sendable {
    func matches(in document: Document) -> [Match]
    /// The full outcome in one pass: findings, or where the requirement is met, or not applicable.
    func evaluate(in document: Document) -> RuleOutcome
}

extension RuleCheck {
    /// Kinds that cannot name a place report a silent check as `nothingFound`: no finding, no evidence.
    public func evaluate(in document: Document) -> RuleOutcome {
        let matches = matches(in: document)
        return matches.isEmpty ? .nothingFound : .unmet(matches)
    }
}

/// A check implemented in Swift and named by `kind:` in rule files; options come from `options:`.
public protocol RuleKind: RuleCheck {
    associatedtype Options: Decodable & Sendable
    /// The value of `kind:` in rule files, for example `required-section`.
    static var name: String { get }
    /// One-line description for `spbelint rules --kinds` and the docs.
    static var summary: String { get }
    /// Builds the check, validating options once when the pack is loaded.
    init(options: Options) throws(RuleOptionError)
}

/// An option value that is well-formed YAML but makes no sense for the kind.
public struct RuleOptionError: Error, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
