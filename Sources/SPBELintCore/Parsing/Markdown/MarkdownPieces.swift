internal import CCmarkGFM

/// Parses a large Markdown body in pieces cut before top-level ATX headings, each with its own
/// cmark-gfm parser whose tree is dropped before the next piece, so that one piece's tree is in
/// memory instead of the whole document's. Each piece's top-level nodes carry the file's lines.
/// The pieces are parsed in the thread's `CmarkArena` (when no other parse on the thread holds it),
/// which reuses one piece's memory for the next without touching the heap.
///
/// A piece is parsed through its candidate cut line (from `MarkdownCutScanner`); the cut holds
/// when cmark-gfm made that line the last top-level node, an ATX heading: then every block before
/// it was closed by that line, exactly as in a parse of the whole document, and the heading starts
/// the next piece. Otherwise the rest of the body is parsed as one piece.
enum MarkdownPieces {
    /// Whether a body may be cut: larger than one piece, and without `]:` anywhere (a link
    /// reference or footnote definition applies to the whole document, across any cut).
    static func mayCut(_ bytes: UnsafeBufferPointer<UInt8>, pieceBytes: Int) -> Bool {
        guard bytes.count > pieceBytes else { return false }
        var index = 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ":"), bytes[index - 1] == UInt8(ascii: "]") { return false }
            index += 1
        }
        return true
    }

    /// Parses the body piece by piece, giving each piece's top-level nodes to `visit` in document
    /// order; false when cmark-gfm could not parse a piece.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, pieceBytes: Int, visit: ([CmarkNode]) -> Void) -> Bool {
        var scanner = MarkdownCutScanner(bytes: bytes)
        var start = 0
        var startLine = 1
        var cutting = true
        let arena = CmarkArena.claim()
        defer { arena?.release() }
        while true {
            let cut = cutting ? scanner.nextCut(atOrAfter: start + max(pieceBytes, 1)) : nil
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<(cut?.lineEnd ?? bytes.count)])
            let held: Bool? = CmarkParser.withDocument(bytes: piece, arena: arena) { root in
                var nodes = CmarkNode(pointer: root, lineOffset: startLine - 1).children
                if let cut {
                    guard let last = nodes.last, last.type == CMARK_NODE_HEADING, last.startLine == cut.line else {
                        return false
                    }
                    nodes.removeLast()
                }
                visit(nodes)
                return true
            }
            guard let held else { return false }
            guard held else {
                cutting = false
                continue
            }
            guard let cut else { return true }
            start = cut.offset
            startLine = cut.line
        }
    }
}
