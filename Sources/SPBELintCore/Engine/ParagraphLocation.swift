/// Findings in Word and OpenDocument files point at a paragraph (¶) and carry the heading path
/// above it, for `plan.docx:¶143 (BAB IV > 4.2 Domain Arsitektur Keamanan)`.
extension Document {
    /// The headings as written ("BAB IV ARAH KEBIJAKAN", "4.2 Strategi") from the top down to
    /// the section holding `line`; empty before the first heading.
    public func rawHeadingPath(atLine line: Int) -> [String] {
        guard let section = sections.last(where: { $0.position.line <= line }) else { return [] }
        var path: [String] = []
        var current: Int? = section.index
        while let at = current {
            path.append(sections[at].rawHeading)
            current = sections[at].parent
        }
        return path.reversed()
    }

    /// The finding with its paragraph number and heading path, when this document numbers
    /// paragraphs; with page 1 when it points at the start of a paged input (PDF, text);
    /// unchanged otherwise (and for findings about other files).
    public func locating(_ finding: Finding) -> Finding {
        guard finding.path == path else { return finding }
        var located = finding
        // A finding about the whole document points at its start: page 1 of a paged input.
        if format == .pdf || format == .plainText, located.position.page == nil { located.position.page = 1 }
        guard format.numbersParagraphs else { return located }
        let paragraph = finding.position.paragraph ?? max(1, finding.position.line)
        located.position = SourcePosition(paragraph: paragraph)
        located.headingPath = rawHeadingPath(atLine: paragraph)
        return located
    }
}
