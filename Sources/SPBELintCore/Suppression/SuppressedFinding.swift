/// Why a finding does not count: an inline comment, a waiver, or a baseline.
public struct Suppression: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A `spbelint-disable…` comment in the document.
        case inline
        /// An entry of the `--waivers` file.
        case waiver
        /// The finding was already in the `--baseline` file.
        case baseline
    }

    public var kind: Kind
    /// The reason written with the suppression (none for a baseline).
    public var justification: String?
    public var owner: String?
    /// Waiver expiry, `YYYY-MM-DD`.
    public var expires: String?
    /// Where the suppression is written: `path:line` of the comment or waiver, or the baseline file.
    public var source: String

    public init(kind: Kind, justification: String?, owner: String? = nil, expires: String? = nil, source: String) {
        self.kind = kind
        self.justification = justification
        self.owner = owner
        self.expires = expires
        self.source = source
    }
}

/// A finding that was found but does not count, and why.
public struct SuppressedFinding: Sendable, Hashable {
    public var finding: Finding
    public var suppression: Suppression

    public init(finding: Finding, suppression: Suppression) {
        self.finding = finding
        self.suppression = suppression
    }
}
