/// One part of a composite document: the body of a Perkada or Keputusan, or its Lampiran when the
/// Lampiran is the plan it enacts. Each part is linted with the rules of its own kind.
public struct DocumentPart: Sendable, Hashable, Codable {
    /// `body` or `lampiran`.
    public var role: String
    /// The kind the part is linted as (`perkada`, `keputusan`, `rencana-induk`, ...).
    public var kind: String
    /// First line of the part (1-based).
    public var startLine: Int
    /// Last line of the part, or nil for the end of the document (or of `endPage`).
    public var endLine: Int?
    /// In a PDF, whose lines count within their page: the page of `startLine`; nil otherwise.
    public var startPage: Int?
    /// In a PDF: the page of `endLine` (with no `endLine`, the part ends with this page); nil otherwise.
    public var endPage: Int?

    public init(role: String, kind: String, startLine: Int, endLine: Int?, startPage: Int? = nil, endPage: Int? = nil) {
        self.role = role
        self.kind = kind
        self.startLine = startLine
        self.endLine = endLine
        self.startPage = startPage
        self.endPage = endPage
    }

    /// Where the part starts (column 1 of its first line, on its page).
    public var start: SourcePosition { SourcePosition(line: startLine, column: 1, page: startPage) }
}

extension Document {
    /// The parts of a Perkada, Keputusan or regulation whose Lampiran is the plan it enacts: the body
    /// then the Lampiran. Empty for every other document (it is linted whole).
    public var parts: [DocumentPart] {
        guard let kind, DocumentKind.instruments.contains(kind), let plan = metadata.enacts,
              DocumentKind.plans.contains(plan), let start = metadata.lampiranStart else { return [] }
        // In a PDF the Lampiran often opens a page: line 1 of page 5 follows the body's page 4.
        let page = PageNumbering.countsLinesPerPage(path) ? start.page : nil
        let afterFirstPage = (page ?? 1) > 1
        guard start.line > 1 || afterFirstPage else { return [] }
        let body = start.line > 1
            ? DocumentPart(role: "body", kind: kind, startLine: 1, endLine: start.line - 1, startPage: page.map { _ in 1 }, endPage: page)
            : DocumentPart(role: "body", kind: kind, startLine: 1, endLine: nil, startPage: 1, endPage: page.map { $0 - 1 })
        return [body, DocumentPart(role: "lampiran", kind: plan, startLine: start.line, endLine: nil, startPage: page)]
    }

    /// The same document read as another kind (the plan in a Perkada's Lampiran), for that kind's rules.
    public func viewed(as kind: String) -> Document {
        var copy = self
        copy.kindOverride = kind
        return copy
    }
}
