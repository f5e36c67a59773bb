import Testing
@testable import SPBELintCore

@Suite("XML: positions at scale and parallel parsing")
struct XMLPositionAndConcurrencyTests {
    /// libxml2 keeps 16-bit line numbers; spbelint's forward scan stays exact beyond line 65535.
    @Test func positionsPastLine65535AreExact() throws {
        var text = "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\">\n<paragraf>awal</paragraf>\n"
        text += String(repeating: "<!-- isi -->\n", count: 70_000)
        text += "<bagian nomor=\"BAB IX\"><judul>AKHIR</judul>\n   <paragraf>é</paragraf></bagian>\n</dokumen>\n"
        let document = try XMLTestSupport.parse(text)
        #expect(document.preamble.map(\.text) == ["awal"])
        #expect(document.sections.first?.position == SourcePosition(line: 70_003, column: 1))
        #expect(document.sections.first?.blocks.first?.position == SourcePosition(line: 70_004, column: 4))
        #expect(document.comments.count == 70_000)
        #expect(document.comments.last?.position == SourcePosition(line: 70_002, column: 1))
    }

    @Test func parallelParsesKeepTheirOwnErrors() async throws {
        let valid = try XMLTestSupport.fixture("rencana-induk.xml")
        let results = await withTaskGroup(of: (Bool, String).self) { group in
            for index in 0..<64 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        let document = try? XMLTestSupport.parse(valid)
                        return (true, document?.sections.first?.rawHeading ?? "gagal")
                    }
                    let problem = XMLTestSupport.problem("<d>\n<a\(index)></b></d>")
                    return (false, problem.map { "\($0.position.line) \($0.messageEN)" } ?? "tidak ada")
                }
            }
            var all: [(Bool, String)] = []
            for await result in group { all.append(result) }
            return all
        }
        for (isValid, outcome) in results {
            if isValid {
                #expect(outcome == "BAB I PENDAHULUAN")
            } else {
                #expect(outcome.hasPrefix("2 Malformed XML: Opening and ending tag mismatch"))
            }
        }
    }
}
