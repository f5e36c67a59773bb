/// Limits checked on the raw text before a system library sees it, because some inputs make those
/// libraries super-linear: libcmark-gfm 0.29 spends quadratic time on many `[` in one paragraph
/// (CVE-2023-22486: 300 KB of `![[]()` take 25 s) and on very wide table rows, and libxml2 2.9.14
/// checks an element's attributes pairwise (40,000 attributes: 23 s). No real plan comes near
/// these limits; an input that exceeds one is refused (exit 2) at the line where it does.
public enum InputLimits {
    /// Most `[` in one Markdown paragraph (or other run of lines parsed as one inline block).
    public static let bracketsPerBlock = 2_000
    /// Most `[` in one Markdown document.
    public static let bracketsPerDocument = 100_000
    /// Most `|` on one Markdown line (a table row's columns).
    public static let pipesPerLine = 1_000
    /// Most attributes on one XML element.
    public static let attributesPerElement = 1_000

    /// Refuses Markdown that would make cmark-gfm super-linear.
    public static func checkMarkdown(_ text: String, path: String) throws(InputProblem) {
        var text = text
        if let problem = text.withUTF8({ markdownProblem(in: $0, path: path) }) { throw problem }
    }

    /// Refuses Markdown that would make cmark-gfm super-linear, read from its UTF-8 bytes.
    static func checkMarkdown(bytes: UnsafeBufferPointer<UInt8>, path: String) throws(InputProblem) {
        if let problem = markdownProblem(in: bytes, path: path) { throw problem }
    }

    /// The first limit the Markdown bytes exceed, or nil (one pass over the bytes).
    private static func markdownProblem(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> InputProblem? {
        var line = 1
        var blockStart = 1
        var blockBrackets = 0
        var totalBrackets = 0
        var linePipes = 0
        var lineHasText = false
        var atLineStart = true
        for byte in bytes {
            if atLineStart {
                atLineStart = false
                if startsBlock(byte) {
                    blockStart = line
                    blockBrackets = 0
                }
            }
            switch byte {
            case UInt8(ascii: "\n"):
                if !lineHasText {   // a blank line ends the block
                    blockBrackets = 0
                    blockStart = line + 1
                }
                line += 1
                linePipes = 0
                lineHasText = false
                atLineStart = true
            case UInt8(ascii: "["):
                blockBrackets += 1
                totalBrackets += 1
                lineHasText = true
                if blockBrackets > bracketsPerBlock {
                    return refuse(path, line: blockStart,
                                 id: "lebih dari \(bracketsPerBlock) tanda '[' dalam satu paragraf",
                                 en: "more than \(bracketsPerBlock) '[' in one paragraph")
                }
                if totalBrackets > bracketsPerDocument {
                    return refuse(path, line: line,
                                 id: "lebih dari \(bracketsPerDocument) tanda '[' dalam dokumen",
                                 en: "more than \(bracketsPerDocument) '[' in the document")
                }
            case UInt8(ascii: "|"):
                linePipes += 1
                lineHasText = true
                if linePipes > pipesPerLine {
                    return refuse(path, line: line, id: "baris tabel dengan lebih dari \(pipesPerLine) kolom",
                                 en: "a table row with more than \(pipesPerLine) columns")
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            default:
                lineHasText = true
            }
        }
        return nil
    }

    /// Refuses XML with an element that carries too many attributes (counted as `=` outside quotes
    /// within a start tag; comments, CDATA sections and processing instructions are skipped).
    static func checkXML(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(InputProblem) {
        var offset = 0
        var line = 1
        let count = bytes.count
        func skip(past close: [UInt8]) {
            while offset < count {
                if bytes[offset] == UInt8(ascii: "\n") { line += 1 }
                if bytes[offset] == close[0], offset + close.count <= count,
                   Array(bytes[offset..<offset + close.count]) == close {
                    offset += close.count
                    return
                }
                offset += 1
            }
        }
        while offset < count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") { line += 1 }
            guard byte == UInt8(ascii: "<"), offset + 1 < count else {
                offset += 1
                continue
            }
            let next = bytes[offset + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                let rest = bytes[(offset + 1)...].prefix(8)
                if rest.starts(with: Array("!--".utf8)) {
                    offset += 4
                    skip(past: Array("-->".utf8))
                } else if rest.starts(with: Array("![CDATA[".utf8)) {
                    offset += 9
                    skip(past: Array("]]>".utf8))
                } else if next == UInt8(ascii: "?") {
                    offset += 2
                    skip(past: Array("?>".utf8))
                } else {
                    offset += 2   // a DOCTYPE: its declarations are not elements
                }
                continue
            }
            // A start or end tag: count `=` outside quoted values up to the closing `>`.
            let tagLine = line
            var attributes = 0
            var quote: UInt8?
            offset += 1
            while offset < count {
                let current = bytes[offset]
                if current == UInt8(ascii: "\n") { line += 1 }
                if let open = quote {
                    if current == open { quote = nil }
                } else if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                    quote = current
                } else if current == UInt8(ascii: "=") {
                    attributes += 1
                    if attributes > attributesPerElement {
                        throw refuse(path, line: tagLine,
                                     id: "elemen dengan lebih dari \(attributesPerElement) atribut",
                                     en: "an element with more than \(attributesPerElement) attributes")
                    }
                } else if current == UInt8(ascii: ">") {
                    offset += 1
                    break
                }
                offset += 1
            }
        }
    }

    /// Whether a line starting with `byte` starts a new block (list item, table row, heading, quote).
    private static func startsBlock(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "|"), UInt8(ascii: "#"),
             UInt8(ascii: ">"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    private static func refuse(_ path: String, line: Int, id: String, en: String) -> InputProblem {
        InputProblem(path: path, position: SourcePosition(line: line, column: 1),
                     message: "Masukan melampaui batas keamanan: \(id) (pelindung terhadap penguraian super-linear; lihat README, \"Keamanan dan batas\").",
                     messageEN: "Input exceeds a safety limit: \(en) (a guard against super-linear parsing; see README, \"Security and limits\").")
    }
}
