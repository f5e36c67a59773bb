import Foundation
import Testing
@testable import SPBELintCore

@Suite("XML: real corpus", .enabled(if: XMLTestSupport.realCorpusExists))
struct RealCorpusXMLTests {
    struct Expectation: Sendable, CustomStringConvertible {
        let file: String, pasal: Int, bab: Int, bagian: Int, ayat: Int, items: Int
        var description: String { file }
    }

    /// Counts from the corpus README ("XML." lines) and facts.json.
    static let expectations = [
        Expectation(file: "perbssn-4-2021.xml", pasal: 36, bab: 4, bagian: 6, ayat: 74, items: 336),
        Expectation(file: "permenppn-16-2020.xml", pasal: 22, bab: 7, bagian: 0, ayat: 43, items: 85),
    ]

    @Test(arguments: expectations)
    func parsesWithExpectedStructure(_ expected: Expectation) throws {
        let url = XMLTestSupport.realCorpus.appendingPathComponent(expected.file)
        let document = try XMLTestSupport.parser.parse(text: try String(contentsOf: url, encoding: .utf8),
                                                       path: expected.file)
        #expect(document.diagnostics.isEmpty)
        #expect(document.metadata.kind == "regulasi")
        #expect(document.metadata.title?.hasPrefix("Peraturan") == true)
        let numbered = document.sections.compactMap(\.numbering)
        #expect(numbered.filter { $0.hasPrefix("Pasal ") }.count == expected.pasal)
        #expect(numbered.filter { $0.hasPrefix("BAB ") }.count == expected.bab)
        #expect(numbered.filter { $0.hasPrefix("Bagian ") }.count == expected.bagian)
        #expect(numbered.filter { $0.hasPrefix("(") }.count == expected.ayat)
        #expect(document.allBlocks.filter { $0.kind == .list }.map(\.items.count).reduce(0, +) == expected.items)
        let pasal = document.sections.filter { $0.numbering?.hasPrefix("Pasal ") == true }
        #expect(pasal.map(\.numbering) == (1...expected.pasal).map { "Pasal \($0)" })
        #expect(document.section("Menimbang") != nil && document.section("Mengingat") != nil)
        #expect(document.sections.first { $0.numbering == "BAB I" }?.title == "KETENTUAN UMUM")
    }

    @Test func sectionLinesMatchTheSource() throws {
        let url = XMLTestSupport.realCorpus.appendingPathComponent("perbssn-4-2021.xml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let document = try XMLTestSupport.parser.parse(text: text, path: "perbssn-4-2021.xml")
        let lines = text.components(separatedBy: "\n")
        for section in document.sections where section.numbering != nil {
            let line = lines[section.position.line - 1]
            let column = line.index(line.startIndex, offsetBy: section.position.column - 1)
            #expect(line[column...].hasPrefix("<"), "\(section.rawHeading) at \(section.position)")
        }
        #expect(document.section("Bagian Ketujuh Keamanan Pusat Data Nasional")?.position.line == 1112)
    }
}
