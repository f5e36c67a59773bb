import Foundation

/// One `spbelint-…` comment in a document.
public struct InlineDirective: Sendable, Hashable {
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// The next block or heading after the comment (up to the element that follows it).
        case nextBlock = "spbelint-disable-next-block"
        /// The whole file.
        case file = "spbelint-disable-file"
        /// The section the comment is written in, with its subsections.
        case section = "spbelint-disable-section"
        /// From the comment to the matching `spbelint-enable` (or the end of the file).
        case rangeStart = "spbelint-disable"
        /// Ends a `spbelint-disable` range.
        case rangeEnd = "spbelint-enable"
    }

    /// nil when the word after `spbelint-` is not a known directive.
    public var scope: Scope?
    public var word: String
    public var rules: [String]
    public var reason: String?
    public var position: SourcePosition

    /// Reads a comment's text (without `<!--` and `-->`); nil when it is not an spbelint comment.
    public static func parse(_ body: String, at position: SourcePosition) -> InlineDirective? {
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("spbelint-") else { return nil }
        let word = String(text.prefix { !$0.isWhitespace })
        var rest = String(text.dropFirst(word.count))
        var reason: String?
        if let separator = reasonSeparator(in: rest) {
            let found = rest[separator.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            reason = found.isEmpty ? nil : found
            rest = String(rest[..<separator.lowerBound])
        }
        let rules = rest.split { $0 == "," || $0.isWhitespace }.map(String.init)
        return InlineDirective(scope: Scope(rawValue: word), word: word, rules: rules, reason: reason, position: position)
    }

    /// The earliest reason separator: `--`, an em dash, `alasan:` or `reason:`.
    static func reasonSeparator(in text: String) -> Range<String.Index>? {
        let candidates = ["--", "\u{2014}", "alasan:", "reason:"].compactMap {
            text.range(of: $0, options: .caseInsensitive)
        }
        return candidates.min { $0.lowerBound < $1.lowerBound }
    }

    /// The comment bodies inside a recorded comment: Markdown keeps `<!-- … -->`, XML only the content.
    static func bodies(of comment: TableCell) -> [(text: String, position: SourcePosition)] {
        let text = comment.text
        guard text.contains("<!--") else { return [(text, comment.position)] }
        var result: [(String, SourcePosition)] = []
        var rest = text[...]
        var line = comment.position.line
        var column = comment.position.column
        func advance(over part: Substring) {
            let newlines = part.filter { $0 == "\n" }.count
            if newlines > 0 {
                line += newlines
                column = part.count - (part.lastIndex(of: "\n").map { part.distance(from: part.startIndex, to: $0) } ?? 0)
            } else {
                column += part.count
            }
        }
        while let open = rest.range(of: "<!--") {
            advance(over: rest[..<open.lowerBound])
            let start = SourcePosition(line: line, column: column)
            let afterOpen = rest[open.upperBound...]
            let close = afterOpen.range(of: "-->")
            let body = close.map { afterOpen[..<$0.lowerBound] } ?? afterOpen
            result.append((String(body), start))
            advance(over: rest[open.lowerBound..<(close?.upperBound ?? rest.endIndex)])
            rest = close.map { afterOpen[$0.upperBound...] } ?? ""
        }
        return result
    }
}

/// Applies the `spbelint-disable…` comments of one document to its findings, and reports the
/// comments that have no reason, are malformed, or hide nothing.
public struct InlineSuppressions: Sendable {
    public var directives: [InlineDirective]
    /// Rule ids a comment may name.
    public var knownRules: Set<String>

    public init(document: Document, knownRules: Set<String>) {
        directives = document.comments.flatMap { comment in
            InlineDirective.bodies(of: comment).compactMap { InlineDirective.parse($0.text, at: $0.position) }
        }.sorted { $0.position < $1.position }
        self.knownRules = knownRules
    }

    /// One rule of one comment, over a range of lines.
    struct Entry {
        var directive: Int
        var rule: String
        var lines: ClosedRange<Int>
    }

    public struct Outcome: Sendable {
        public var kept: [Finding]
        public var suppressed: [SuppressedFinding]
        /// Findings about the comments themselves.
        public var reports: [Finding]
    }

    public func apply(to findings: [Finding], in document: Document) -> Outcome {
        func report(_ id: String, _ directive: InlineDirective, key: [String], id textID: String, en: String) -> Finding {
            BuiltInChecks.finding(id, message: LocalizedText(id: textID, en: en), path: document.path,
                                  position: directive.position, key: [directive.word] + key)
        }
        var reports: [Finding] = []
        var entries: [Entry] = []
        var open: [String: Int] = [:]
        // Headings, blocks and the metadata block (in XML a comment can stand before <metadata>).
        let elements = directives.isEmpty ? [] : Self.elementLines(of: document)
        for (index, directive) in directives.enumerated() {
            guard let scope = directive.scope else {
                reports.append(report(BuiltInChecks.suppressionInvalid, directive, key: ["word"],
                                      id: "Perintah \(directive.word) tidak dikenal (gunakan \(Self.known)).",
                                      en: "Unknown directive \(directive.word) (use \(Self.known))."))
                continue
            }
            if scope == .rangeEnd {
                let targets = directive.rules.isEmpty ? Array(open.keys).sorted() : directive.rules
                if targets.isEmpty || targets.contains(where: { open[$0] == nil }) {
                    reports.append(report(BuiltInChecks.suppressionInvalid, directive, key: ["enable"] + directive.rules,
                                          id: "spbelint-enable tanpa spbelint-disable yang cocok sebelumnya.",
                                          en: "spbelint-enable without a matching spbelint-disable before it."))
                }
                for rule in targets {
                    guard let entry = open.removeValue(forKey: rule) else { continue }
                    entries[entry].lines = entries[entry].lines.lowerBound...max(entries[entry].lines.lowerBound, directive.position.line)
                }
                continue
            }
            guard !directive.rules.isEmpty else {
                reports.append(report(BuiltInChecks.suppressionInvalid, directive, key: ["no-rule"],
                                      id: "Komentar \(directive.word) tidak menyebut aturan yang dinonaktifkan.",
                                      en: "The \(directive.word) comment names no rule to suppress."))
                continue
            }
            let unknown = directive.rules.filter { !knownRules.contains($0) }
            for rule in unknown {
                reports.append(report(BuiltInChecks.suppressionInvalid, directive, key: ["unknown", rule],
                                      id: "Aturan \(rule) pada komentar \(directive.word) tidak dikenal.",
                                      en: "Rule \(rule) in the \(directive.word) comment is unknown."))
            }
            guard directive.reason != nil else {
                let names = directive.rules.joined(separator: ", ")
                reports.append(report(BuiltInChecks.suppressionWithoutReason, directive, key: directive.rules,
                                      id: "Komentar \(directive.word) untuk \(names) tidak menyebut alasan sehingga tidak berlaku; tulis alasannya setelah `--` (di XML: `—` atau `alasan:`).",
                                      en: "The \(directive.word) comment for \(names) gives no reason, so it does not apply; write the reason after `--` (in XML: `—` or `reason:`)."))
                continue
            }
            let lines = range(of: scope, at: directive.position.line, in: document, elements: elements)
            for rule in directive.rules where knownRules.contains(rule) {
                entries.append(Entry(directive: index, rule: rule, lines: lines))
                if scope == .rangeStart { open[rule] = entries.count - 1 }
            }
        }

        var used = Array(repeating: false, count: entries.count)
        var kept: [Finding] = []
        var suppressed: [SuppressedFinding] = []
        for finding in findings {
            guard let match = entries.indices.first(where: {
                entries[$0].rule == finding.ruleId && entries[$0].lines.contains(finding.position.line)
            }) else {
                kept.append(finding)
                continue
            }
            used[match] = true
            let directive = directives[entries[match].directive]
            suppressed.append(SuppressedFinding(finding: finding, suppression: Suppression(
                kind: .inline, justification: directive.reason, source: "\(document.path):\(directive.position.line)")))
        }
        for (index, entry) in entries.enumerated() where !used[index] {
            let directive = directives[entry.directive]
            reports.append(report(BuiltInChecks.suppressionUnused, directive, key: [entry.rule, directive.reason ?? ""],
                                  id: "Komentar \(directive.word) untuk \(entry.rule) tidak menyembunyikan temuan apa pun; hapus komentar ini.",
                                  en: "The \(directive.word) comment for \(entry.rule) hides no finding; remove it."))
        }
        return Outcome(kept: kept, suppressed: suppressed, reports: reports)
    }

    private static let known = InlineDirective.Scope.allCases.map(\.rawValue).joined(separator: ", ")

    /// The lines where headings, blocks and the metadata block start, in order (no block array is built).
    static func elementLines(of document: Document) -> [Int] {
        var lines = Set(document.preamble.map(\.position.line))
        for section in document.sections {
            lines.insert(section.position.line)
            for block in section.blocks { lines.insert(block.position.line) }
        }
        if let metadata = document.metadata.position?.line { lines.insert(metadata) }
        return lines.sorted()
    }

    /// The lines a directive written at `line` covers.
    func range(of scope: InlineDirective.Scope, at line: Int, in document: Document, elements: [Int]) -> ClosedRange<Int> {
        switch scope {
        case .file:
            return 1...Int.max
        case .rangeStart, .rangeEnd:
            return line...Int.max
        case .nextBlock:
            // A Word or OpenDocument comment is anchored on the block it means, not before it.
            let before = document.format.numbersParagraphs ? line - 1 : line
            guard let start = elements.first(where: { $0 > before }) else { return Int.max...Int.max }
            let end = elements.first(where: { $0 > start }).map { $0 - 1 } ?? Int.max
            return start...end
        case .section:
            guard let section = document.sections.last(where: { $0.position.line <= line }) else {
                let end = document.sections.first.map { $0.position.line - 1 } ?? Int.max
                return 1...max(1, end)
            }
            let last = document.subtree(of: section.index).max() ?? section.index
            let end = last + 1 < document.sections.count ? document.sections[last + 1].position.line - 1 : Int.max
            return section.position.line...max(section.position.line, end)
        }
    }
}
