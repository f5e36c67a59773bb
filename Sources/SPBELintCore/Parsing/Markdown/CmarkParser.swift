import Foundation
internal import CCmarkGFM

/// Registers the GFM extensions once, thread-safely (a global `let` runs its initialiser once).
private let cmarkExtensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

/// Parses Markdown bytes with cmark-gfm (tables, strikethrough, autolinks, task lists) and hands
/// the document root to a closure; the tree is freed afterwards.
enum CmarkParser {
    static func withDocument<R>(_ text: String, _ body: (OpaquePointer) -> R) -> R? {
        var copy = text
        return copy.withUTF8 { withDocument(bytes: $0, body) }
    }

    /// Parses UTF-8 bytes (a whole document or one piece of it) without copying them first. With an
    /// arena, the parser and tree are made in it and dropped by resetting it, not freed node by node.
    static func withDocument<R>(bytes: UnsafeBufferPointer<UInt8>, arena: CmarkArena? = nil,
                                _ body: (OpaquePointer) -> R) -> R? {
        _ = cmarkExtensionsRegistered
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        let memory = arena?.memory
        guard let parser = memory.map({ cmark_parser_new_with_mem(options, $0) }) ?? cmark_parser_new(options) else { return nil }
        defer {
            if let arena { arena.reset() } else { cmark_parser_free(parser) }
        }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { if memory == nil { cmark_node_free(document) } }
        return body(document)
    }
}

/// Read-only helpers over a cmark node.
struct CmarkNode {
    let pointer: OpaquePointer
    /// Lines of the file before the parsed piece: added to cmark's line numbers (0 for a whole document).
    let lineOffset: Int

    init(pointer: OpaquePointer, lineOffset: Int = 0) {
        self.pointer = pointer
        self.lineOffset = lineOffset
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    /// The type name, for extension nodes (tables) that have no fixed enum value.
    var typeName: String { String(cString: cmark_node_get_type_string(pointer)) }
    var isText: Bool {
        let type = self.type
        return type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE
    }
    var startLine: Int { fileLine(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { fileLine(cmark_node_get_end_line(pointer)) }

    /// A cmark line number as a line of the file (0, no position, stays 0).
    private func fileLine(_ line: Int32) -> Int {
        line > 0 ? Int(line) + lineOffset : Int(line)
    }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    var listIsOrdered: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            result.append(CmarkNode(pointer: current, lineOffset: lineOffset))
            child = cmark_node_next(current)
        }
        return result
    }

    /// The plain text of the node: literals of text and code, breaks as spaces, blocks as lines.
    var plainText: String {
        var output = ""
        var lines: [(offset: Int, line: Int)]?
        appendText(to: &output, lines: &lines)
        return CmarkNode.trimmed(output)
    }

    /// The plain text, with the UTF-8 offset in it and the source line of every text that starts
    /// on a later line than the text before it (a paragraph wrapped over several lines).
    var plainTextWithLines: (text: String, lines: [(offset: Int, line: Int)]) {
        var output = ""
        var lines: [(offset: Int, line: Int)]? = []
        appendText(to: &output, lines: &lines)
        let text = CmarkNode.trimmed(output)
        let leading = output.utf8.prefix { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }.count
        let kept = (lines ?? []).compactMap { entry -> (offset: Int, line: Int)? in
            let offset = entry.offset - leading
            return offset > 0 && offset < text.utf8.count ? (offset, entry.line) : nil
        }
        return (text, kept)
    }

    /// Walks the subtree with cmark's iterator (no recursion, so any depth of nesting is safe):
    /// literals of text, code and HTML; breaks as spaces; a newline after each block; a tab after
    /// each cell of a table row. With `lines`, records where texts of later source lines begin.
    private func appendText(to output: inout String, lines: inout [(offset: Int, line: Int)]?) {
        guard let iterator = cmark_iter_new(pointer) else { return }
        defer { cmark_iter_free(iterator) }
        var lastLine = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let current = cmark_iter_get_node(iterator) else { break }
            let node = CmarkNode(pointer: current)
            let type = node.type
            let isLeaf = node.isText || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK
                || type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_THEMATIC_BREAK
            if event == CMARK_EVENT_ENTER {
                if node.isText || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK {
                    if lines != nil {
                        let line = fileLine(cmark_node_get_start_line(current))
                        if lastLine > 0, line > lastLine { lines?.append((output.utf8.count, line)) }
                        if line > 0 { lastLine = max(lastLine, line) }
                    }
                    if let text = cmark_node_get_literal(current) { output += String(cString: text) }
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                    output += " "
                }
                // Only leaves end at their ENTER event; other nodes end at their EXIT.
                guard isLeaf else { continue }
            } else {
                let isBlock = type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_ITEM || type == CMARK_NODE_HEADING
                    || type == CMARK_NODE_BLOCK_QUOTE || CmarkNode.isTableRow(node)
                if isBlock, output.utf8.last != UInt8(ascii: "\n") { output += "\n" }
            }
            if current != pointer, let parent = cmark_node_parent(current), CmarkNode.isTableRow(CmarkNode(pointer: parent)) {
                output += "\t"
            }
            if current == pointer { break }
        }
    }

    /// Removes ASCII white space at both ends without bridging to NSString.
    static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// Core node types, which are never table rows (GFM extension types are registered at run time).
    private static let coreTypes: [cmark_node_type] = [
        CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CODE_BLOCK,
        CMARK_NODE_HTML_BLOCK, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING,
        CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_FOOTNOTE_DEFINITION, CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK,
        CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE, CMARK_NODE_EMPH,
        CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_FOOTNOTE_REFERENCE,
    ]

    /// Whether a node is a GFM table row (header or body).
    static func isTableRow(_ node: CmarkNode) -> Bool {
        let type = node.type
        if coreTypes.contains(type) { return false }
        let name = node.typeName
        return name == "table_row" || name == "table_header"
    }
}
