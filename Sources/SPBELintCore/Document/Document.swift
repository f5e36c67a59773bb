/// A parsed document in the one model shared by every input format and every rule.
///
/// Sections are stored flat in document order; `parent` and `children` indices give the tree.
/// Content before the first heading is in `preamble`.
public struct Document: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var metadata: DocumentMetadata { didSet { analysisCache = AnalysisCache() } }
    public var preamble: [Block] { didSet { analysisCache = AnalysisCache() } }
    public var sections: [Section] { didSet { analysisCache = AnalysisCache() } }
    /// Profile forced by the caller (`--profile`), else nil.
    public var profileOverride: Profile?
    /// Document kind forced by the caller (`--kind`), else nil.
    public var kindOverride: String?
    /// Comments found in the source (Markdown HTML comments, XML comments) with their positions.
    public var comments: [TableCell]
    /// Problems found while reading that do not stop linting (schema violations), reported as findings.
    public var diagnostics: [DocumentDiagnostic]
    /// The folded word index used by term queries; built once when the document is made.
    public let terms: TermIndex
    /// Facts rules derive, filled on first use (see `analysis`); copies of the document share it.
    private var analysisCache = AnalysisCache()

    public init(path: String, format: DocumentFormat, metadata: DocumentMetadata, preamble: [Block],
                sections: [Section], comments: [TableCell] = [], diagnostics: [DocumentDiagnostic] = [],
                profileOverride: Profile? = nil) {
        self.init(path: path, format: format, metadata: metadata, preamble: preamble, sections: sections,
                  comments: comments, diagnostics: diagnostics, profileOverride: profileOverride,
                  terms: TermIndex(preamble: preamble, sections: sections))
    }

    /// A document whose term index is given (a summary keeps only its heading words).
    init(path: String, format: DocumentFormat, metadata: DocumentMetadata, preamble: [Block], sections: [Section],
         comments: [TableCell], diagnostics: [DocumentDiagnostic], profileOverride: Profile?, terms: TermIndex) {
        self.path = path
        self.format = format
        self.metadata = metadata
        self.preamble = preamble
        self.sections = sections
        self.comments = comments
        self.diagnostics = diagnostics
        self.profileOverride = profileOverride
        self.terms = terms
    }

    /// What rules derive from this document (legal structure, roadmap matrices, placeholders…),
    /// each computed once on first use and shared by every rule.
    public var analysis: DocumentAnalysis { DocumentAnalysis(document: self, cache: analysisCache) }

    /// Sections holding a roadmap matrix (year columns and a responsible-unit column).
    public var yearTableSections: Set<Int> { analysis.yearTableSections }

    /// Sections whose own blocks hold a placeholder.
    public var placeholderSections: Set<Int> { analysis.placeholderSections }

    /// The profile rules are selected by: an override, else the metadata's.
    public var profile: Profile { profileOverride ?? metadata.profile }

    /// The document kind rules are selected by (`rencana-induk`, `perkada`, ...): an override, else
    /// the metadata's (front matter, else read from the text); nil when unknown.
    public var kind: String? {
        let value = (kindOverride ?? metadata.kind)?.lowercased()
        return value.flatMap { DocumentKind.known.contains($0) ? $0 : nil }
    }

    /// The title: metadata `judul`, else the first heading.
    public var title: String? { metadata.title ?? sections.first?.rawHeading }

    /// Top-level sections, in order.
    public var roots: [Section] { sections.filter { $0.parent == nil } }

    /// The indices of a section and all its descendants, in document order.
    public func subtree(of index: Int) -> [Int] {
        var result = [index]
        var stack = sections[index].children.reversed() as [Int]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: sections[next].children.reversed())
        }
        return result
    }

    /// The headings from the root down to a section, for fingerprints and messages.
    public func headingPath(of index: Int) -> [String] {
        var path: [String] = []
        var current: Int? = index
        while let at = current {
            path.append(sections[at].title)
            current = sections[at].parent
        }
        return path.reversed()
    }

    /// Whether `index` lies inside the subtree of `ancestor` (a section is inside itself).
    public func isInside(_ index: Int, ancestor: Int) -> Bool {
        var current: Int? = index
        while let at = current {
            if at == ancestor { return true }
            current = sections[at].parent
        }
        return false
    }

    /// All blocks of a section's subtree, in order.
    public func blocks(inSubtreeOf index: Int) -> [Block] {
        subtree(of: index).flatMap { sections[$0].blocks }
    }

    /// Every block in the document, preamble first.
    public var allBlocks: [Block] { preamble + sections.flatMap(\.blocks) }
}
