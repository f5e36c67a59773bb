import Foundation
import Testing
@testable import SPBELintCore

@Suite("XML: secure parsing")
struct XMLSecurityTests {
    static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE lolz [
     <!ENTITY lol "lol">
     <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
     <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
     <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
     <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
     <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
     <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
     <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
     <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
     <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
    ]>
    <dokumen xmlns="urn:spbelint:dokumen-spbe:1"><paragraf>&lol9;</paragraf></dokumen>
    """

    @Test func billionLaughsIsRejectedQuickly() throws {
        let clock = ContinuousClock()
        var problem: InputProblem?
        let elapsed = clock.measure { problem = XMLTestSupport.problem(Self.billionLaughs) }
        let found = try #require(problem)
        #expect(found.position == SourcePosition(line: 2, column: 1))
        #expect(found.message.contains("DTD dengan deklarasi entitas tidak diizinkan"))
        #expect(found.messageEN.contains("declares entities"))
        #expect(elapsed < .seconds(1))
    }

    @Test func externalEntityIsRejected() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- komentar -->
        <!DOCTYPE dokumen [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <dokumen xmlns="urn:spbelint:dokumen-spbe:1"><paragraf>&xxe;</paragraf></dokumen>
        """
        let problem = try #require(XMLTestSupport.problem(text))
        #expect(problem.position == SourcePosition(line: 3, column: 1))
        #expect(!problem.message.contains("root:"))
    }

    @Test func parameterEntityIsRejected() throws {
        let text = """
        <!DOCTYPE d [ <!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext; ]>
        <d/>
        """
        #expect(XMLTestSupport.problem(text)?.position == SourcePosition(line: 1, column: 1))
    }

    /// An external DTD subset is never loaded (no XML_PARSE_DTDLOAD), so its content cannot leak.
    @Test func externalSubsetIsNotLoaded() throws {
        let text = """
        <!DOCTYPE dokumen SYSTEM "file:///etc/passwd">
        <dokumen xmlns="urn:spbelint:dokumen-spbe:1"><paragraf>aman</paragraf></dokumen>
        """
        let document = try XMLTestSupport.parse(text)
        #expect(document.allBlocks.map(\.text) == ["aman"])
        #expect(!Self.everything(in: document).contains("root:x:0:0"))
    }

    /// Schema hints in the document are not followed: only spbelint's own XSD is used.
    @Test func schemaLocationHintsAreIgnored() throws {
        let text = """
        <dokumen xmlns="urn:spbelint:dokumen-spbe:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xmlns:x="urn:x" xsi:schemaLocation="urn:x file:///etc/passwd">
          <paragraf>teks</paragraf>
        </dokumen>
        """
        let document = try XMLTestSupport.parse(text)
        let messages = document.diagnostics.map(\.messageEN).joined(separator: "\n")
        #expect(!messages.contains("root:x:0:0") && !messages.contains("passwd"))
        #expect(document.allBlocks.map(\.text) == ["teks"])
    }

    /// Undeclared entity references (the classic XXE payload without the declaration) are errors.
    @Test func undeclaredEntityIsMalformed() throws {
        let text = "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\"><paragraf>&xxe;</paragraf></dokumen>"
        let problem = try #require(XMLTestSupport.problem(text))
        #expect(problem.message.contains("xxe"))
        #expect(!problem.message.contains("root:x:0:0"))
    }

    /// Entity-looking text inside a comment or a quoted DOCTYPE literal must not defeat the guard.
    @Test func guardIsConservative() {
        let hidden = "<!DOCTYPE d [ <!-- x --> <!ATTLIST d a CDATA \"'\"> <!ENTITY e SYSTEM \"file:///etc/passwd\"> ]><d>&e;</d>"
        #expect(XMLTestSupport.problem(hidden)?.message.contains("DTD") == true)
        let inBody = "<d>&lt;!ENTITY e \"x\"&gt;<!-- <!ENTITY e2 \"y\"> --></d>"
        #expect(XMLTestSupport.problem(inBody) == nil)
    }

    static func everything(in document: Document) -> String {
        (document.allBlocks.map(\.text) + document.sections.map(\.rawHeading) + document.comments.map(\.text)
            + document.metadata.fields.values.map(\.value)).joined(separator: "\n")
    }
}
