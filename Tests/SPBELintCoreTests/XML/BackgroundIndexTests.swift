import Foundation
import Testing
@testable import SPBELintCore

/// A term index built on another thread from sections handed over as a reader finishes them must
/// be the index built at the end in one pass; a large XML plan validated and indexed on other
/// threads must give the document of the one-thread reader.
@Suite("Term index and validation on other threads")
struct BackgroundIndexTests {
    /// Everything a term index holds, as one comparable value.
    static func shape(_ terms: TermIndex) -> String {
        let words = terms.words
        let postings = (0..<Int32(words.stems.count)).map { Array(words.postings(of: $0)) }
        return "\(terms.headings)\n\(words.stems)\n\(words.wordIDs)\n\(words.spans)\n"
            + "\(words.headings)\n\(words.headingWords)\n\(postings)\n\(words.wordCount)"
    }

    static let exampleNames = ["kota-contoh-draf.md", "kabupaten-sukamaju-lengkap.xml", "perwali-kota-contoh-rencana-induk-spbe.md", "kota-contoh-draf.docx"]

    @Test(arguments: exampleNames)
    func sectionsHandedInBatchesGiveTheSameIndex(_ name: String) throws {
        let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(name).path).get()
        try #require(document.sections.count > 3)
        for batch in [1, 2, 5, document.sections.count] {
            let background = BackgroundTermIndex(positions: 16)
            var start = 0
            while start < document.sections.count {
                let end = min(start + batch, document.sections.count)
                background.hand(preamble: document.preamble, sections: Array(document.sections[start..<end]))
                start = end
            }
            #expect(background.sectionsHanded == document.sections.count)
            let built = try #require(background.finish(preamble: document.preamble))
            #expect(Self.shape(built) == Self.shape(document.terms), "\(name), batches of \(batch)")
        }
    }

    @Test func aPreambleThatGrowsAfterTheFirstHandOverIsRefused() {
        let first = Block(kind: .paragraph, text: "Pembuka rencana induk.", position: .start)
        let later = Block(kind: .paragraph, text: "Penutup di luar bab.", position: .start)
        let section = Section(index: 0, rawHeading: "BAB I PENDAHULUAN", title: "PENDAHULUAN", numbering: "BAB I",
                              level: 1, position: .start, parent: nil)
        let background = BackgroundTermIndex(positions: 16)
        background.hand(preamble: [first], sections: [section])
        #expect(background.finish(preamble: [first, later]) == nil)
    }

    @Test func theBuilderFallsBackWhenTheIndexIsRefused() {
        // A block outside every section after the first chapter lands in the preamble: the builder
        // then indexes the whole document itself, with that block first.
        var builder = DocumentBuilder(path: "a.xml", format: .xml)
        builder.indexInBackground(positions: 16)
        builder.openSection(heading: "BAB I PENDAHULUAN", level: 1, position: .start)
        builder.add(Block(kind: .paragraph, text: "Latar belakang.", position: .start))
        builder.closeSection()
        builder.handFinishedSections()
        builder.add(Block(kind: .paragraph, text: "Ditetapkan di Sukamaju.", position: .start))
        let document = builder.build()
        #expect(Self.shape(document.terms) == Self.shape(TermIndex(preamble: document.preamble, sections: document.sections)))
        #expect(document.terms.words.span(of: 0).section == -1)
    }

    /// The example plan with its chapters repeated: a document read on three threads.
    static func largePlan(copies: Int, lastChapter: String = "") throws -> String {
        let text = try String(contentsOf: XMLStreamingTests.example, encoding: .utf8)
        let head = try #require(text.range(of: "</metadata>")).upperBound
        let tail = try #require(text.range(of: "</dokumen>", options: .backwards)).lowerBound
        let body = String(text[head..<tail])
        return String(text[..<head]) + String(repeating: body, count: copies) + lastChapter + String(text[tail...])
    }

    static func streamed(_ text: String) -> Document? {
        let source = XMLSourceMap(text: text)
        let schema = XMLSchemaCache.shared.schema(at: XMLTestSupport.schemaURL.path)
        var mapper = XMLStreamingMapper(source: source, path: "a.xml", doctypeEnd: nil, schema: schema)
        mapper.backgroundBytes = 0
        return mapper.map()
    }

    @Test func aLargePlanReadOnOtherThreadsIsTheOneThreadDocument() throws {
        let text = try Self.largePlan(copies: 3)
        let streamed = try #require(Self.streamed(text))
        let tree = try XMLStreamingTests.treeParser.parse(text: text, path: "a.xml")
        #expect(XMLStreamingTests.shape(streamed) == XMLStreamingTests.shape(tree))
        #expect(Self.shape(streamed.terms) == Self.shape(tree.terms))
        // A paragraph after the last chapter grows the preamble: still the same index.
        let closing = try Self.largePlan(copies: 2, lastChapter: "<paragraf>Ditetapkan di Sukamaju.</paragraf>\n")
        let streamedClosing = try #require(Self.streamed(closing))
        let treeClosing = try XMLStreamingTests.treeParser.parse(text: closing, path: "a.xml")
        #expect(Self.shape(streamedClosing.terms) == Self.shape(treeClosing.terms))
        #expect(XMLStreamingTests.shape(streamedClosing) == XMLStreamingTests.shape(treeClosing))
    }

    @Test func aSchemaViolationFoundByTheOtherThreadSendsTheDocumentToTheTree() throws {
        let invalid = try Self.largePlan(copies: 2, lastChapter: "<bagian><paragraf>tanpa judul</paragraf><judul>X</judul></bagian>\n")
        #expect(Self.streamed(invalid) == nil)
        let parsed = try XMLTestSupport.parser.parse(text: invalid, path: "a.xml")
        #expect(!parsed.diagnostics.isEmpty)
        // A syntax error: the mapping reader stops and the validation is cancelled.
        let broken = try Self.largePlan(copies: 2, lastChapter: "<paragraf>a</paragrafx>\n")
        #expect(Self.streamed(broken) == nil)
    }
}

/// The word index keeps no offsets: a hit's offsets are read again from its span's text, and they
/// must be those the index read.
@Suite("Word offsets read again from a span")
struct WordOffsetTests {
    @Test(arguments: BackgroundIndexTests.exampleNames)
    func everySpanReadsBackTheOffsetsOfItsWords(_ name: String) throws {
        let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(name).path).get()
        let words = document.terms.words
        var checked = 0, total = 0
        for span in words.spans {
            let blocks = span.section < 0 ? document.preamble : document.sections[Int(span.section)].blocks
            let text = span.block < 0 ? document.sections[Int(span.section)].rawHeading : blocks[Int(span.block)].text
            let lineBreaks = span.block < 0 || [.list, .table].contains(blocks[Int(span.block)].kind)
            let offsets = WordIndex.wordOffsets(in: text, lineBreaks: lineBreaks)
            #expect(offsets.count == Int(span.end - span.start), "\(name) \(span)")
            // Each offset starts the word the index holds at that position.
            for (position, offset) in zip(span.start..<span.end, offsets) {
                let word = words.word(words.wordIDs[Int(position)])
                if !words.isMark(words.wordIDs[Int(position)]) { total += 1 }
                let tail = String(decoding: Array(text.utf8)[Int(offset)...], as: UTF8.self)
                if !words.isMark(words.wordIDs[Int(position)]), TextFolding.fold(String(tail.prefix(word.count))) == word {
                    checked += 1
                }
            }
        }
        // All but the long forms the index abbreviates ("sistem pemerintahan berbasis elektronik" is "spbe").
        #expect(checked > 100 && Double(checked) >= 0.9 * Double(total), "\(checked) of \(total)")
    }
}
