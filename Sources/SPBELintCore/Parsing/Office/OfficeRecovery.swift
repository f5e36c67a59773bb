/// Word files exported without heading styles keep their structure only in the text ("BAB I",
/// "1.1 Latar Belakang" typed in Normal paragraphs). When such unstyled headings outnumber the
/// styled ones, the body goes through the plain-line structure recovery: styled headings stay
/// marked, every other paragraph is one plain line (numbered ones with the label Word shows);
/// unstyled paragraphs that are the wrapped lines of one (a file converted from PDF) are joined
/// (see `WrappedLines`).
enum OfficeRecovery {
    /// The same test as for Markdown: at least two structural headings (BAB, Bagian, Pasal,
    /// `N.M`, …) written as plain paragraphs, and more of them than styled headings.
    static func needed(_ content: OfficeContent) -> Bool {
        var marked = 0
        var unmarked = 0
        for element in content.elements {
            switch element {
            case .heading:
                marked += 1
            case .paragraph(let text, _), .listItem(let text, _, _):
                let line = lineText(of: element) ?? text
                guard let heading = PlainHeading(line) else { continue }
                switch heading.style {
                case .letter, .roman, .decimal(depth: 1): continue
                default: unmarked += 1
                }
            default:
                continue
            }
        }
        return unmarked >= 2 && unmarked > marked
    }

    /// The body as recovery items, one per paragraph (a paragraph's manual line breaks split it, so
    /// "BAB I" and its title on the next line are read as in a printed page); read with
    /// `PlainStructure.Unit.paragraph`.
    static func items(_ content: OfficeContent) -> [PlainItem] {
        var items: [PlainItem] = []
        var bullets: [TableCell] = []
        let continuations = WrappedLines.continuations(content)
        func flushBullets() {
            guard let first = bullets.first else { return }
            items.append(.block(.list(bullets, at: first.position)))
            bullets = []
        }
        for element in content.elements {
            if case .listItem(let text, let label, let paragraph) = element, label.isEmpty {
                bullets.append(TableCell(text: text, position: SourcePosition(paragraph: paragraph)))
                continue
            }
            flushBullets()
            switch element {
            case .heading(let heading):
                let raw = [heading.label ?? "", heading.text].filter { !$0.isEmpty }.joined(separator: " ")
                items.append(.heading(raw, level: heading.level, position: SourcePosition(paragraph: heading.paragraph)))
            case .paragraph(_, let paragraph), .listItem(_, _, let paragraph):
                let position = SourcePosition(paragraph: paragraph)
                for (index, line) in (lineText(of: element) ?? "").split(separator: "\n").enumerated() {
                    items.append(.line(PlainLine(text: String(line), position: position,
                                                 continuesParagraph: index == 0 && continuations.contains(paragraph))))
                }
            case .table(let rows, let paragraph):
                items.append(.block(.table(header: rows.first ?? [], rows: Array(rows.dropFirst()),
                                           at: SourcePosition(paragraph: paragraph))))
            case .note(let text, let paragraph):
                items.append(.block(Block(kind: .other, text: text, position: SourcePosition(paragraph: paragraph))))
            }
        }
        flushBullets()
        return items
    }

    /// A paragraph's text, or a numbered item's label and text as Word shows them.
    private static func lineText(of element: OfficeContent.Element) -> String? {
        switch element {
        case .paragraph(let text, _): return text
        case .listItem(let text, let label, _): return label.isEmpty ? text : "\(label) \(text)"
        default: return nil
        }
    }
}
