/// One part of a composite document: the body of a Perkada or Keputusan, or its Lampiran when the
/// Lampiran is the plan it enacts. Each part is linted with the rules of its own kind.
public struct DocumentPart: Sendable, Hashable, Codable {
    /// `body` or `lampiran`.
    public var role: String
    /// The kind the part is linted as (`perkada`, `keputusan`, `rencana-induk`, ...).
    public var kind: String
    /// First line of the part (1-based).
    public var startLine: Int
    /// Last line of the part, or nil for the end of the document.
    public var endLine: Int?

    public init(role: String, kind: String, startLine: Int, endLine: Int?) {
        self.role = role
        self.kind = kind
        self.startLine = startLine
        self.endLine = endLine
    }
}

extension Document {
    /// The parts of a Perkada, Keputusan or regulation whose Lampiran is the plan it enacts: the body
    /// then the Lampiran. Empty for every other document (it is linted whole).
    public var parts: [DocumentPart] {
        guard let kind, DocumentKind.instruments.contains(kind), let plan = metadata.enacts,
              DocumentKind.plans.contains(plan), let start = metadata.lampiranStart, start.line > 1 else { return [] }
        return [DocumentPart(role: "body", kind: kind, startLine: 1, endLine: start.line - 1),
                DocumentPart(role: "lampiran", kind: plan, startLine: start.line, endLine: nil)]
    }

    /// The same document read as another kind (the plan in a Perkada's Lampiran), for that kind's rules.
    public func viewed(as kind: String) -> Document {
        var copy = self
        copy.kindOverride = kind
        return copy
    }
}
