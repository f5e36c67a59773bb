import Foundation
import Testing
@testable import SPBELintCore

/// The streaming mapper (one child of `dokumen` held as a tree at a time) must give exactly the
/// document the tree path gives, and hand anything libxml2 complains about back to the tree path.
@Suite("XML: streaming mapper")
struct XMLStreamingTests {
    static var treeParser: XMLDocumentParser {
        var parser = XMLTestSupport.parser
        parser.streams = false
        return parser
    }

    static let example = XMLTestSupport.repository.appendingPathComponent("Examples/kabupaten-sukamaju-lengkap.xml")

    /// Everything the mappers produce, positions included, as one comparable value.
    static func shape(_ document: Document) -> String {
        let metadata = document.metadata.fields.values.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)@\($0.position)" }
        return "\(document.format) \(metadata) \(String(describing: document.metadata.position))\n"
            + "\(document.preamble)\n\(document.sections)\n\(document.comments)\n\(document.diagnostics)"
    }

    static let shapes: [String] = [
        // Comments, a processing instruction and CDATA around and among the root's children.
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- sebelum -->
        <?proses a?>
        <dokumen xmlns="urn:spbelint:dokumen-spbe:1"><!-- awal --><![CDATA[ x ]]>
          <metadata><judul>Rencana  Induk
             SPBE</judul><jenis>rencana-induk</jenis></metadata>
          <paragraf>pembuka</paragraf><?pi b?>
          <bagian nomor="BAB I"><judul>PENDAHULUAN</judul>
            <paragraf>satu
               dua</paragraf>
            <daftar><butir>a</butir><!-- c --><butir> b  c </butir></daftar>
            <tabel><kepala><sel>Tahun</sel><sel>2025</sel></kepala><baris><sel>x</sel><sel><![CDATA[<y>]]></sel></baris></tabel>
            <lain><paragraf>di dalam</paragraf></lain>
          </bagian>
        </dokumen>
        <!-- sesudah -->
        """,
        // A prefixed vocabulary, an empty root and one on a single line.
        "<s:dokumen xmlns:s=\"urn:spbelint:dokumen-spbe:1\"><s:bagian nomor=\"1\"><s:judul>A</s:judul><s:paragraf>é</s:paragraf></s:bagian></s:dokumen>",
        "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\"/>",
        "<!DOCTYPE dokumen>\n<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\"><paragraf>p</paragraf></dokumen>",
    ]

    @Test(arguments: 0..<shapes.count)
    func sameDocumentAsTheTreePath(_ index: Int) throws {
        // Without a schema (these small shapes are not complete plans), so that nothing sends the
        // streaming mapper back to the tree.
        let text = Self.shapes[index]
        let source = XMLSourceMap(text: text)
        let doctypeEnd = source.withBytes { XMLDoctypeGuard(bytes: $0) }.end
        let streamed = try #require(XMLStreamingMapper(source: source, path: "a.xml", doctypeEnd: doctypeEnd,
                                                       schema: nil).map())
        var treeParser = XMLDocumentParser(schemaURL: nil)
        treeParser.streams = false
        #expect(Self.shape(streamed) == Self.shape(try treeParser.parse(text: text, path: "a.xml")))
        #expect(Self.shape(try XMLDocumentParser(schemaURL: nil).parse(text: text, path: "a.xml")) == Self.shape(streamed))
    }

    @Test func theExamplePlanIsStreamedAndUnchanged() throws {
        let text = try String(contentsOf: Self.example, encoding: .utf8)
        let source = XMLSourceMap(text: text)
        #expect(XMLStreamingMapper.rootIsSPBE(source, path: "a.xml"))
        let schema = XMLSchemaCache.shared.schema(at: XMLTestSupport.schemaURL.path)
        #expect(schema != nil)
        let streamed = try #require(XMLStreamingMapper(source: source, path: "a.xml", doctypeEnd: nil, schema: schema).map())
        #expect(Self.shape(streamed) == Self.shape(try Self.treeParser.parse(text: text, path: "a.xml")))
    }

    @Test func schemaViolationsAndSyntaxErrorsGoBackToTheTree() throws {
        let schema = XMLSchemaCache.shared.schema(at: XMLTestSupport.schemaURL.path)
        let invalid = XMLSourceMap(text: try XMLTestSupport.fixture("skema-salah.xml"))
        #expect(XMLStreamingMapper(source: invalid, path: "a.xml", doctypeEnd: nil, schema: schema).map() == nil)
        let broken = XMLSourceMap(text: "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\"><paragraf>a</dokumen>")
        #expect(XMLStreamingMapper(source: broken, path: "a.xml", doctypeEnd: nil, schema: nil).map() == nil)
        // The parser still reports both as before.
        #expect(try XMLTestSupport.parseFixture("skema-salah.xml").diagnostics.count == 3)
        #expect(XMLTestSupport.problem("<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\"><paragraf>a</dokumen>") != nil)
        // Other vocabularies are not streamed.
        #expect(!XMLStreamingMapper.rootIsSPBE(XMLSourceMap(text: "<regulation/>"), path: "a.xml"))
    }
}
