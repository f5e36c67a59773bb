import Testing
@testable import SPBELintCore

@Suite("XML: malformed input")
struct XMLMalformedTests {
    @Test func mismatchedTagGivesLineAndColumn() throws {
        let text = """
        <dokumen xmlns="urn:spbelint:dokumen-spbe:1">
          <bagian nomor="BAB I">
            <judul>PENDAHULUAN</judul>
            <paragraf>teks</paragraph>
          </bagian>
        </dokumen>
        """
        let problem = try #require(XMLTestSupport.problem(text))
        #expect(problem.path == "bad.xml")
        #expect(problem.position.line == 4)
        #expect(problem.position.column >= 1)
        #expect(problem.message.hasPrefix("XML tidak valid (tidak well-formed): "))
        #expect(problem.message.contains("paragraf"))
        #expect(problem.messageEN.hasPrefix("Malformed XML: Opening and ending tag mismatch"))
    }

    @Test func columnCountsCharactersNotBytes() throws {
        // libxml2 stops at the stray '<' after the text; multi-byte letters count as one column each.
        let multibyte = try #require(XMLTestSupport.problem("<d>\n<p>éé “x” < </p></d>"))
        let ascii = try #require(XMLTestSupport.problem("<d>\n<p>ee \"x\" < </p></d>"))
        #expect(multibyte.position == SourcePosition(line: 2, column: 12))
        #expect(ascii.position == multibyte.position)
        let attribute = try #require(XMLTestSupport.problem("<d>\n<p a=\"éééé\" a=\"x\"/></d>"))
        #expect(attribute.position == SourcePosition(line: 2, column: 18))
    }

    @Test(arguments: ["", "   \n  ", "<", "<?xml version=\"1.0\"?>", "plain text", "<a></b>", "<a>", "\u{FEFF}",
                      "<a b='1' b='2'/>", "<a>&#0;</a>", "<x:a/>", "<a/><b/>", "]]>"])
    func neverCrashes(_ text: String) {
        let problem = XMLTestSupport.problem(text)
        if let problem {
            #expect(problem.position.line >= 1)
            #expect(problem.position.column >= 1)
            #expect(!problem.message.isEmpty && !problem.messageEN.isEmpty)
        }
    }

    @Test func emptyDocument() throws {
        let problem = try #require(XMLTestSupport.problem(""))
        #expect(problem.position == .start)
        #expect(problem.messageEN == "The XML document is empty.")
    }

    @Test(arguments: ["ISO-8859-1", "UTF-16", "Shift_JIS", "bogus-encoding"])
    func foreignEncodingDeclarationsReadAsUTF8(_ encoding: String) throws {
        let text = """
        <?xml version="1.0" encoding="\(encoding)"?>
        <dokumen xmlns="urn:spbelint:dokumen-spbe:1"><paragraf>Penyelenggaraan é “SPBE”</paragraf></dokumen>
        """
        let document = try XMLTestSupport.parse(text)
        #expect(document.allBlocks.map(\.text) == ["Penyelenggaraan é “SPBE”"])
    }

    @Test func errorHandlerIsClearedAfterParse() throws {
        _ = XMLTestSupport.problem("<a></b>")
        let document = try XMLTestSupport.parse("<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\"><paragraf>ok</paragraf></dokumen>")
        #expect(document.allBlocks.map(\.text) == ["ok"])
    }
}
