import Foundation

/// Builds a `Document` from a stream of headings and blocks; parsers of every format use it.
public struct DocumentBuilder {
    public let path: String
    public let format: DocumentFormat
    public var metadata = DocumentMetadata()
    public var comments: [TableCell] = []
    public var diagnostics: [DocumentDiagnostic] = []
    private var preamble: [Block] = []
    private var sections: [Section] = []
    /// Indices of the open sections, outermost first.
    private var openStack: [Int] = []
    /// The index being built from finished sections on another thread, when asked for.
    private var backgroundIndex: BackgroundTermIndex?

    public init(path: String, format: DocumentFormat) {
        self.path = path
        self.format = format
    }

    /// Opens a section at a depth (1 = top level); deeper open sections at or below it close.
    public mutating func openSection(heading: String, level: Int, position: SourcePosition,
                                     numbering explicitNumbering: String? = nil) {
        while let last = openStack.last, sections[last].level >= level { openStack.removeLast() }
        let split = HeadingText.split(heading)
        let numbering = explicitNumbering ?? split.numbering
        var title = split.title
        if let explicitNumbering, heading.hasPrefix(explicitNumbering) {
            let rest = heading.dropFirst(explicitNumbering.count).trimmingHorizontalSpace()
            title = rest.isEmpty ? heading : rest
        }
        let index = sections.count
        let parent = openStack.last
        sections.append(Section(index: index, rawHeading: heading, title: title, numbering: numbering,
                                level: level, position: position, parent: parent))
        if let parent { sections[parent].children.append(index) }
        openStack.append(index)
    }

    /// Closes the innermost open section (for formats with explicit nesting such as XML).
    public mutating func closeSection() {
        _ = openStack.popLast()
    }

    /// The depth a new child of the innermost open section would have.
    public var nextChildLevel: Int { (openStack.last.map { sections[$0].level } ?? 0) + 1 }

    /// Adds a block to the innermost open section, or to the preamble.
    public mutating func add(_ block: Block) {
        if let current = openStack.last {
            sections[current].blocks.append(block)
        } else {
            preamble.append(block)
        }
    }

    /// Has the term index built on another thread from the sections handed over by
    /// `handFinishedSections()`, with room for about `positions` words (for large documents whose
    /// reader keeps one core busy).
    public mutating func indexInBackground(positions: Int) {
        backgroundIndex = BackgroundTermIndex(positions: positions)
    }

    /// Hands the sections closed since the last call (all before the first open one) to the
    /// background index, if there is one.
    public func handFinishedSections() {
        handSections(upTo: openStack.first ?? sections.count)
    }

    /// Hands the sections not handed yet below `end` to the background index, if there is one.
    private func handSections(upTo end: Int) {
        guard let backgroundIndex, end > backgroundIndex.sectionsHanded else { return }
        backgroundIndex.hand(preamble: preamble, sections: Array(sections[backgroundIndex.sectionsHanded..<end]))
    }

    /// Removes and returns the preamble blocks added so far (for readers that collect blocks
    /// before placing them, such as the structure recovery).
    public mutating func takeBlocks() -> [Block] {
        defer { preamble = [] }
        return preamble
    }

    /// The document, with its identity settled (front matter, then what its text says).
    public func build() -> Document {
        handSections(upTo: sections.count)
        let terms = backgroundIndex?.finish(preamble: preamble)
        var document = Document(path: path, format: format, metadata: metadata, preamble: preamble,
                                sections: sections, comments: comments, diagnostics: diagnostics,
                                profileOverride: nil,
                                terms: terms ?? TermIndex(preamble: preamble, sections: sections))
        DocumentIdentity.resolve(&document)
        return document
    }
}
