import Foundation
import Testing
@testable import SPBELintCore

/// A paragraph wrapped over several source lines is one text, but a term found in it points at
/// the line that holds it, in Markdown and in plain text recovered from PDF.
@Suite("Positions inside wrapped paragraphs")
struct WrappedParagraphPositionTests {
    @Test("a term on the third line of a Markdown paragraph points at that line and its first column")
    func markdown() throws {
        let text = """
            # BAB I PENDAHULUAN

            Rencana induk ini disusun oleh Diskominfo
              bersama Bappeda dengan `kode
            lanjut` dan memanfaatkan Pusat Data
            > Jaringan Intra Pemerintah pada baris kutipan.
            """
        let document = try MarkdownDocumentParser().parse(text: text, path: "wrapped.md")
        let block = try #require(document.sections.first?.blocks.first)
        #expect(block.lineStarts.map(\.position.line) == [4, 5])
        #expect(block.lineStarts.first?.position.column == 3)
        func line(of phrase: String) -> Int {
            let hits = document.hits(of: PhraseList([phrase]))
            return hits.first.map { document.position(of: $0).line } ?? -1
        }
        #expect(line(of: "rencana induk") == 3)
        #expect(line(of: "bappeda") == 4)
        #expect(line(of: "pusat data") == 5)
        #expect(document.sections[0].blocks.count == 2)
    }

    @Test("recovered plain paragraphs keep each line's position; their text is the same as before")
    func plain() {
        let lines = plainLines("Menimbang  bahwa untuk melaksanakan\n   ketentuan Pasal 19 Peraturan Presi-\ndensial dan  Pusat Data\n\nlain")
        let paragraph = Array(lines[0..<3])
        let (text, starts) = PlainBlocks.joinWithLines(paragraph)
        #expect(text == PlainBlocks.join(paragraph))
        #expect(starts.map(\.position.line) == [2, 3])
        #expect(starts.map(\.position.column) == [4, 1])
        let utf8 = Array(text.utf8)
        let second = starts[0].offset, third = starts[1].offset
        #expect(String(decoding: utf8[second..<(second + 9)], as: UTF8.self) == "ketentuan")
        #expect(String(decoding: utf8[third..<(third + 7)], as: UTF8.self) == "densial")
        let block = Block(kind: .paragraph, text: text, position: paragraph[0].position, lineStarts: starts)
        #expect(block.position(atOffset: 0).line == 1)
        #expect(block.position(atOffset: second - 1).line == 1)
        #expect(block.position(atOffset: third + 3).line == 3)
    }

    @Test("joined text equals join() on lines with blanks, tabs, hyphens and runs of spaces")
    func sameText() {
        let samples = ["a  b\n\n c-\nd", "  \nx\t y  \n-z", "kata-\nKata\nakhir-\n", "satu\n   \n\tdua"]
        for sample in samples {
            let lines = plainLines(sample)
            #expect(PlainBlocks.joinWithLines(lines).0 == PlainBlocks.join(lines), "\(sample)")
        }
    }
}
