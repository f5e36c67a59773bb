import Foundation
import Testing
@testable import SPBELintCore

/// A large Markdown body parsed in pieces (cut before top-level ATX headings) gives the document
/// and the findings a parse of the whole body gives; small pieces make small documents cut.
@Suite("Markdown parsed in pieces")
struct MarkdownPiecesTests {
    static let header = ConceptFixture.header

    /// Constructs that an ATX heading line must not cut, or that it ends.
    static let tricky = """
        # BAB I PENDAHULUAN

        Paragraf pembuka
        # 1.1 Heading that interrupts a paragraph

        ```sh
        # a shell comment, not a heading
        ## neither is this
        ```

        ~~~~
        ```
        # still code: the tilde fence is open
        ~~~~

        <div>
        # inside an HTML block, up to the blank line
        </div>

        <!--
        # inside a comment
        -->

        <script>
        # script body

        # still script after a blank line
        </script>

        Judul Setext
        ============

        Sub judul setext
        ----------------

        - butir satu
        - butir dua
        # BAB II closes the list

        > kutipan
        # BAB III closes the quote

        | Tahun | Kegiatan |
        |---|---|
        | 2025 | Tata kelola |
        # BAB IV closes the table

        - butir
          # a heading inside the list item, which cmark keeps in the item

        - item with an indented fence
          ```
        # BAB V (top level: the item and its fence end here)

        ```
        # code the scanner takes for a heading: the cut is refused and the rest is one piece
        ```

        #not a heading
        ###### BAB VI
        ####### not a heading
        """

    func same(_ text: String, pieceBytes: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let whole = try MarkdownDocumentParser().parse(text: text, path: "uji.md")
        let pieces = try MarkdownDocumentParser(pieceBytes: pieceBytes).parse(text: text, path: "uji.md")
        #expect(pieces.preamble == whole.preamble, sourceLocation: sourceLocation)
        #expect(pieces.sections == whole.sections, sourceLocation: sourceLocation)
        #expect(pieces.comments == whole.comments, sourceLocation: sourceLocation)
        #expect(pieces.metadata.fields == whole.metadata.fields, sourceLocation: sourceLocation)
        let linter = Linter(rules: ConceptFixture.catalog.rules)
        #expect(linter.lint(pieces) == linter.lint(whole), sourceLocation: sourceLocation)
    }

    /// The top-level node positions of each piece the body is parsed in.
    func pieces(_ text: String, pieceBytes: Int = 1) -> [[Int]] {
        var result: [[Int]] = []
        let bytes = Array(text.utf8)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            MarkdownPieces.parse(buffer, pieceBytes: pieceBytes) { nodes in result.append(nodes.map(\.startLine)) }
        }
        #expect(parsed)
        return result
    }

    @Test("fences, HTML blocks, setext headings, lists, quotes and tables parse alike in pieces")
    func trickyConstructs() throws {
        try same(Self.header + Self.tricky)
        try same(Self.tricky)
        try same(Self.tricky.replacingOccurrences(of: "\n", with: "\r\n"))
        try same(Self.tricky.replacingOccurrences(of: "\n", with: "\r"))
        for size in [10, 100, 400, 1_000] { try same(Self.header + Self.tricky, pieceBytes: size) }
    }

    @Test("pieces are cut only before top-level headings, and keep the file's line numbers")
    func cuts() {
        let text = Self.tricky
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ prefix: String) -> Int { (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1 }
        let starts = pieces(text).map { $0.first ?? 0 }
        // Cuts before BAB II, III and IV; none inside code, HTML or a list item. The fence the
        // scanner misreads (opened in a list item) stops the cutting: the rest is one piece.
        #expect(starts == [1, line("# 1.1"), line("# BAB II"), line("# BAB III"), line("# BAB IV")])
        #expect(pieces(text).flatMap { $0 } == pieces(text, pieceBytes: 1 << 30).flatMap { $0 })
        #expect(pieces(text, pieceBytes: 1 << 30).count == 1, "a body smaller than a piece is one piece")
    }

    @Test("link reference and footnote definitions keep the body in one piece")
    func definitions() throws {
        let links = "# A\n\nLihat [SPBE][ref] dan catatan[^1].\n\n# B\n\n[ref]: https://spbe.go.id\n\n[^1]: Catatan.\n"
        try same(links)
        let bytes = Array(links.utf8)
        #expect(bytes.withUnsafeBufferPointer { MarkdownPieces.mayCut($0, pieceBytes: 1) } == false)
        #expect(pieces("# A\n\ntext\n\n# B\n\ntext\n").count == 2)
    }

    @Test("recovery is decided over the whole document, not piece by piece")
    func recovery() throws {
        // Unmarked headings in two pieces, together more than the marked ones: recovered as a whole.
        let split = "BAB I\nKETENTUAN UMUM\n\nPasal 1\n\nIsi.\n\n# LAMPIRAN\n\nBAB II\nPENUTUP\n\nPasal 2\n\nIsi.\n"
        try same(split)
        let recovered = try MarkdownDocumentParser(pieceBytes: 1).parse(text: split, path: "p.md")
        #expect(recovered.sections.contains { $0.rawHeading.hasPrefix("Pasal 2") })
        // The first piece alone would be recovered; the document as a whole is not.
        let marked = "BAB I\nUMUM\n\nPasal 1\n\nIsi.\n\n# A\n\nIsi.\n\n# B\n\nIsi.\n\n# C\n\nIsi.\n"
        try same(marked)
        let kept = try MarkdownDocumentParser(pieceBytes: 1).parse(text: marked, path: "p.md")
        #expect(kept.sections.map(\.rawHeading) == ["A", "B", "C"])
    }

    @Test("paragraphs, tables and code over the arena's large-block size parse alike in pieces")
    func largeBlocks() throws {
        let words = (1...12_000).map { "kata\($0)" }.joined(separator: " ")
        let rows = (1...3_000).map { "| \($0) | Layanan \($0) | Keterangan panjang \($0) |" }.joined(separator: "\n")
        let code = (1...4_000).map { "baris kode \($0)" }.joined(separator: "\n")
        let text = "# A\n\n\(words)\n\n# B\n\n| No | Nama | Catatan |\n|---|---|---|\n\(rows)\n\n# C\n\n```\n\(code)\n```\n\n# D\n\nAkhir.\n"
        #expect(text.utf8.count > 4 * 64 * 1024)
        try same(text, pieceBytes: 1_000)
        try same(text, pieceBytes: 1)
        #expect(pieces(text, pieceBytes: 1).count == 4)
    }

    @Test("shipped examples parse alike in small pieces")
    func examples() throws {
        let folder = Repository.examples
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            try same(text, pieceBytes: 2_000)
            try same(text, pieceBytes: 1)
        }
    }
}
