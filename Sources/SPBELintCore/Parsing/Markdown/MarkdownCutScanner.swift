/// Finds where a large Markdown body may be cut into pieces that cmark-gfm parses one at a time:
/// before an ATX heading line (1-6 `#` at column 1, then a space, a tab or the line's end) that
/// lies outside a fenced code block and an HTML block, once the piece holds enough bytes.
///
/// The scan is a cheap line-by-line approximation of CommonMark's block structure; a cut is only a
/// candidate, which `MarkdownPieces` accepts when cmark-gfm reads the line as a top-level heading.
/// Lines are counted as cmark counts them (LF, CRLF or a lone CR ends one).
struct MarkdownCutScanner {
    /// A candidate cut: the byte offset where the heading line starts, the offset after its line
    /// ending, and its 1-based line number.
    struct Cut: Equatable {
        var offset: Int
        var lineEnd: Int
        var line: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Start of the next line to read, and its number.
    private var offset = 0
    private var line = 1
    /// The open fence's character and length, when inside a fenced code block.
    private var fence: (byte: UInt8, count: Int)?
    /// Inside an HTML block: the text that ends it (nil: a blank line ends it).
    private var html: [UInt8]??

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The first candidate at or after `minimumOffset`, or nil when the text has none. The scan
    /// stops before the candidate's line, so the next call reads on from it.
    mutating func nextCut(atOrAfter minimumOffset: Int) -> Cut? {
        while offset < bytes.count {
            let start = offset
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            var next = end
            if next < bytes.count { next += bytes[next] == 0x0D && next + 1 < bytes.count && bytes[next + 1] == 0x0A ? 2 : 1 }
            if fence == nil, html == nil, start >= minimumOffset, isATXHeading(start, end) {
                return Cut(offset: start, lineEnd: next, line: line)
            }
            read(start, end)
            offset = next
            line += 1
        }
        return nil
    }

    /// Updates the fence and HTML state with one line (`start..<end`, without its line ending).
    private mutating func read(_ start: Int, _ end: Int) {
        let indented = firstNonSpace(start, end)
        if let open = fence {
            if let close = indented, close - start <= 3, onlySpaces(start, close), let run = fenceRun(close, end),
               run.byte == open.byte, run.count >= open.count, firstNonSpace(close + run.count, end) == nil {
                fence = nil
            }
            return
        }
        if let ending = html {
            if let marker = ending {
                if contains(marker, start, end) { html = nil }
            } else if indented == nil {
                html = nil
            }
            return
        }
        guard let first = indented, first - start <= 3, onlySpaces(start, first) else { return }
        if let run = fenceRun(first, end), run.count >= 3,
           run.byte == UInt8(ascii: "~") || !bytes[(first + run.count)..<end].contains(UInt8(ascii: "`")) {
            fence = (run.byte, run.count)
        } else if bytes[first] == UInt8(ascii: "<") {
            let marker = htmlEnd(first, end)
            html = .some(marker)
            if let marker, contains(marker, first + 1, end) { html = nil }
        }
    }

    /// The end marker of the HTML block a `<` at `first` starts (CommonMark kinds 1-5), or nil for
    /// the kinds a blank line ends (any other `<` line is taken as one, which only delays cuts).
    private func htmlEnd(_ first: Int, _ end: Int) -> [UInt8]? {
        let rest = bytes[first..<end]
        func starts(_ text: String) -> Bool {
            let pattern = Array(text.utf8)
            return rest.count >= pattern.count && zip(rest, pattern).allSatisfy { $0.asciiLowercased == $1 }
        }
        for tag in ["script", "pre", "style", "textarea"] where starts("<" + tag) {
            let after = first + 1 + tag.utf8.count
            if after == end || [0x20, 0x09, UInt8(ascii: ">")].contains(bytes[after]) { return Array("</\(tag)>".utf8) }
        }
        if starts("<!--") { return Array("-->".utf8) }
        if starts("<?") { return Array("?>".utf8) }
        if starts("<![cdata[") { return Array("]]>".utf8) }
        if starts("<!"), rest.count > 2, rest[first + 2].asciiLowercased >= UInt8(ascii: "a"), rest[first + 2].asciiLowercased <= UInt8(ascii: "z") {
            return [UInt8(ascii: ">")]
        }
        return nil
    }

    /// Whether the line holds `marker`, matched without regard to ASCII case.
    private func contains(_ marker: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= marker.count else { return false }
        var index = start
        while index + marker.count <= end {
            if (0..<marker.count).allSatisfy({ bytes[index + $0].asciiLowercased == marker[$0] }) { return true }
            index += 1
        }
        return false
    }

    /// The run of backticks or tildes at `first`, if it starts with one.
    private func fenceRun(_ first: Int, _ end: Int) -> (byte: UInt8, count: Int)? {
        let byte = bytes[first]
        guard byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") else { return nil }
        var index = first
        while index < end, bytes[index] == byte { index += 1 }
        return (byte, index - first)
    }

    /// Whether `start..<end` holds spaces only (a tab indents by 4 columns, too far for a fence or HTML).
    private func onlySpaces(_ start: Int, _ end: Int) -> Bool {
        bytes[start..<end].allSatisfy { $0 == 0x20 }
    }

    /// The offset of the line's first byte that is not a space or tab, nil for a blank line.
    private func firstNonSpace(_ start: Int, _ end: Int) -> Int? {
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index < end ? index : nil
    }

    /// An ATX heading line at column 1: 1-6 `#`, then a space, a tab or the line's end. (Indented
    /// by 2 or 3 spaces it may belong to a list item; at column 1 it ends every list and quote.)
    private func isATXHeading(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let hashes = index - start
        return (1...6).contains(hashes) && (index == end || bytes[index] == 0x20 || bytes[index] == 0x09)
    }
}
