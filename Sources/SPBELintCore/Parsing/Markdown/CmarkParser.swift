import Foundation
internal import CCmarkGFM

/// Registers the GFM extensions once, thread-safely (a global `let` runs its initialiser once).
private let cmarkExtensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

/// Parses Markdown bytes with cmark-gfm (tables, strikethrough, autolinks, task lists) and hands
/// the document root to a closure; the tree is freed afterwards.
enum CmarkParser {
    static func withDocument<R>(_ text: String, _ body: (OpaquePointer) -> R) -> R? {
        _ = cmarkExtensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var copy = text
        copy.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return body(document)
    }
}

/// Read-only helpers over a cmark node.
struct CmarkNode {
    let pointer: OpaquePointer

    var typeName: String { String(cString: cmark_node_get_type_string(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    var listIsOrdered: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            result.append(CmarkNode(pointer: current))
            child = cmark_node_next(current)
        }
        return result
    }

    /// The plain text of the node: literals of text and code, breaks as spaces, blocks as lines.
    var plainText: String {
        var output = ""
        appendText(to: &output)
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func appendText(to output: inout String) {
        switch typeName {
        case "text", "code", "html_inline":
            output += literal ?? ""
        case "softbreak", "linebreak":
            output += " "
        case "code_block", "html_block":
            output += literal ?? ""
        default:
            let isBlock = ["paragraph", "item", "heading", "table_row", "block_quote"].contains(typeName)
            for child in children {
                child.appendText(to: &output)
                if typeName == "table_row" { output += "\t" }
            }
            if isBlock, !output.hasSuffix("\n") { output += "\n" }
        }
    }
}
