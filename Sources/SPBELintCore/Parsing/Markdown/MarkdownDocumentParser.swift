import Foundation

/// Reads CommonMark + GFM Markdown (with optional YAML front matter) into a `Document`.
///
/// Headings open sections at their Markdown level; paragraphs, lists, tables, quotes and code
/// become blocks of the innermost open section; HTML comments are kept as comments.
public struct MarkdownDocumentParser: DocumentParser {
    /// Bodies larger than this are parsed in pieces of about this many bytes (see `MarkdownPieces`).
    let pieceBytes: Int

    public init() {
        self.pieceBytes = 256 * 1024
    }

    /// A parser with another piece size (tests use small pieces to cut small documents).
    init(pieceBytes: Int) {
        self.pieceBytes = pieceBytes
    }

    public func parse(text: consuming String, path: String) throws(InputProblem) -> Document {
        try read(text: consume text, path: path).build()
    }

    /// The document's content in a builder; the text is let go once its body's bytes are made, and
    /// those bytes and the line map are freed on return, before the document (and its word index)
    /// is built, so that a large input is not held twice.
    private func read(text: consuming String, path: String) throws(InputProblem) -> DocumentBuilder {
        var builder = DocumentBuilder(path: path, format: .markdown)
        let body: [UInt8]
        if let frontMatter = try FrontMatter.read(from: text, path: path) {
            builder.metadata = frontMatter.metadata
            body = blankOut(lines: frontMatter.lineCount, of: text)
        } else {
            body = Array(text.utf8)
        }
        _ = consume text
        let lineMap = LineMap(bytes: body)
        let parsed = try body.withUnsafeBufferPointer { bytes throws(InputProblem) -> Bool in
            try InputLimits.checkMarkdown(bytes: bytes, path: path)
            if MarkdownPieces.mayCut(bytes, pieceBytes: pieceBytes) {
                switch inPieces(bytes, builder: builder, lineMap: lineMap) {
                case .built(let built):
                    builder = built
                    return true
                case .failed:
                    return false
                case .needsRecovery:
                    break
                }
            }
            return whole(bytes, into: &builder, lineMap: lineMap)
        }
        if !parsed {
            throw InputProblem(path: path, message: "cmark-gfm tidak dapat membaca dokumen ini.",
                               messageEN: "cmark-gfm could not parse this document.")
        }
        return builder
    }

    /// What parsing in pieces gave.
    private enum PiecesOutcome {
        case built(DocumentBuilder)
        /// The document as a whole needs recovery, which reads all its top-level nodes at once.
        case needsRecovery
        case failed
    }

    /// Builds the document from the body parsed in pieces, adding up the recovery counts.
    private func inPieces(_ bytes: UnsafeBufferPointer<UInt8>, builder start: DocumentBuilder,
                          lineMap: LineMap) -> PiecesOutcome {
        var builder = start
        var counts = MarkdownRecovery.Counts()
        let parsed = MarkdownPieces.parse(bytes, pieceBytes: pieceBytes) { nodes in
            counts.add(nodes, lineMap: lineMap)
            for node in nodes {
                add(node, to: &builder, lineMap: lineMap)
            }
        }
        guard parsed else { return .failed }
        return counts.needed ? .needsRecovery : .built(builder)
    }

    /// Builds the document from one parse of the whole body (recovering it when needed).
    private func whole(_ bytes: UnsafeBufferPointer<UInt8>, into builder: inout DocumentBuilder, lineMap: LineMap) -> Bool {
        let parsed: Void? = CmarkParser.withDocument(bytes: bytes) { root in
            let nodes = CmarkNode(pointer: root).children
            if MarkdownRecovery.needed(nodes, lineMap: lineMap) {
                recover(nodes, into: &builder, lineMap: lineMap)
                return
            }
            for node in nodes {
                add(node, to: &builder, lineMap: lineMap)
            }
        }
        return parsed != nil
    }

    /// Replaces the front matter with empty lines so that line numbers stay those of the file;
    /// the body's bytes, copied once.
    private func blankOut(lines count: Int, of text: String) -> [UInt8] {
        var remaining = Substring(text)
        for _ in 0..<count {
            guard let newline = remaining.firstIndex(where: \.isNewline) else { return Array(repeating: 0x0A, count: count) }
            remaining = remaining[remaining.index(after: newline)...]
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + remaining.utf8.count)
        bytes.append(contentsOf: repeatElement(0x0A, count: count))
        if remaining.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: remaining.utf8)
        }
        return bytes
    }

    private func add(_ node: CmarkNode, to builder: inout DocumentBuilder, lineMap: LineMap) {
        let position = lineMap.position(line: node.startLine, byteColumn: node.startColumn)
        switch node.typeName {
        case "heading":
            builder.openSection(heading: node.plainText, level: node.headingLevel, position: position)
        case "paragraph":
            let (text, lines) = node.plainTextWithLines
            let starts = lines.map { LineStart(offset: $0.offset, position: lineMap.firstTextPosition(line: $0.line)) }
            builder.add(Block(kind: .paragraph, text: text, position: position, lineStarts: starts))
        case "list":
            let items = node.children.map { item in
                TableCell(text: item.plainText, position: lineMap.position(line: item.startLine, byteColumn: item.startColumn))
            }
            builder.add(.list(items, at: position))
        case "table":
            builder.add(makeTable(node, position: position, lineMap: lineMap))
        case "block_quote":
            builder.add(Block(kind: .quote, text: node.plainText, position: position))
        case "code_block":
            builder.add(Block(kind: .code, text: node.plainText, position: position))
        case "html_block":
            addHTML(node, position: position, to: &builder)
        case "thematic_break":
            break
        default:
            let text = node.plainText
            if !text.isEmpty { builder.add(Block(kind: .other, text: text, position: position)) }
        }
    }

    /// Converted documents whose headings are missing or few: paragraphs go through
    /// `PlainStructure` line by line (so do lists that swallowed structural headings); marked
    /// headings, other lists and tables are kept as they are.
    private func recover(_ nodes: [CmarkNode], into builder: inout DocumentBuilder, lineMap: LineMap) {
        var items: [PlainItem] = []
        var collector = DocumentBuilder(path: builder.path, format: .markdown)
        for node in nodes {
            let position = lineMap.position(line: node.startLine, byteColumn: node.startColumn)
            switch node.typeName {
            case "heading":
                items.append(.heading(node.plainText, level: node.headingLevel, position: position))
            case "paragraph":
                items += MarkdownRecovery.lines(of: node, lineMap: lineMap).map(PlainItem.line)
                items.append(.line(PlainLine(text: "", position: position)))
            case "list" where MarkdownRecovery.swallowsStructure(node, lineMap: lineMap):
                items += MarkdownRecovery.lines(of: node, lineMap: lineMap).map(PlainItem.line)
                items.append(.line(PlainLine(text: "", position: position)))
            case "html_block":
                addHTML(node, position: position, to: &collector)
                items += collector.takeBlocks().map(PlainItem.block)
            default:
                add(node, to: &collector, lineMap: lineMap)
                items += collector.takeBlocks().map(PlainItem.block)
            }
        }
        builder.comments += collector.comments
        PlainStructure.recover(items, into: &builder)
    }

    private func addHTML(_ node: CmarkNode, position: SourcePosition, to builder: inout DocumentBuilder) {
        let html = (node.literal ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<!--") {
            builder.comments.append(TableCell(text: html, position: position))
        } else if !html.isEmpty {
            builder.add(Block(kind: .other, text: html, position: position))
        }
    }

    private func makeTable(_ node: CmarkNode, position: SourcePosition, lineMap: LineMap) -> Block {
        var header: [TableCell] = []
        var rows: [[TableCell]] = []
        for row in node.children {
            let cells = row.children.map { cell in
                TableCell(text: cell.plainText, position: lineMap.position(line: cell.startLine, byteColumn: cell.startColumn))
            }
            if row.typeName == "table_header" { header = cells } else { rows.append(cells) }
        }
        return .table(header: header, rows: rows, at: position)
    }
}
