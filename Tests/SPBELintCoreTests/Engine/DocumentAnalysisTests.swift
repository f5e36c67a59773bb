import Foundation
import Testing
@testable import SPBELintCore

/// Facts derived from a document are computed once, shared by copies, and renewed when it changes.
@Suite("Document analysis")
struct DocumentAnalysisTests {
    static let perkada = """
        ---
        judul: Peraturan Wali Kota Contoh Nomor 1 Tahun 2025
        jenis: perkada
        ---

        Menimbang: a. bahwa untuk melaksanakan Peraturan Presiden Nomor 95 Tahun 2018;

        # BAB I KETENTUAN UMUM

        ## Pasal 1

        (1) Rencana Induk berlaku 2025-2029.

        (2) Sebagaimana dimaksud pada ayat (1).

        ## Pasal 2

        Sebagaimana dimaksud dalam Pasal 1 ayat (3).
        """

    @Test("the legal structure is read once and shared by copies of the document")
    func legalStructureShared() throws {
        let document = try MarkdownDocumentParser().parse(text: Self.perkada, path: "perwali.md")
        let copy = document
        #expect(document.analysis.legalStructure.pasal.map(\.label) == ["1", "2"])
        #expect(copy.analysis.cache === document.analysis.cache)
        #expect(document.analysis.legalWords.pasal.count == 2)
        #expect(document.analysis.internalReferences.count == 2)
        #expect(document.analysis.legalStructure.pasal("2")?.number == 2)
    }

    @Test("changing the content renews the analysis")
    func changeRenews() throws {
        var document = try MarkdownDocumentParser().parse(text: Self.perkada, path: "perwali.md")
        #expect(document.analysis.legalStructure.pasal.count == 2)
        document.sections.removeLast()
        #expect(document.analysis.legalStructure.pasal.count == 1)
    }

    @Test("asking from many threads at once gives one value")
    func concurrentUse() throws {
        let document = try MarkdownDocumentParser().parse(text: Self.perkada, path: "perwali.md")
        let counts = ParallelMap.map(Array(0..<64)) { _ in document.analysis.legalStructure.pasal.count }
        #expect(Set(counts) == [2])
    }

    @Test("the legal kinds give the same findings as reading the structure each time")
    func legalKindsUnchanged() throws {
        let document = try MarkdownDocumentParser().parse(text: Self.perkada, path: "perwali.md")
        let fresh = LegalStructure(document: document)
        let problems = fresh.internalReferences.compactMap { fresh.problem(with: $0) }
        let check = try InternalReferences(options: YAMLDecodingTestSupport.options(InternalReferences.self, "refersTo: pasal"))
        #expect(check.matches(in: document).count == problems.count)
        #expect(problems.count == 1)
    }
}

/// Builds a kind's options from a YAML snippet, as rule files do.
enum YAMLDecodingTestSupport {
    static func options<K: RuleKind>(_ kind: K.Type, _ yaml: String) throws -> K.Options {
        let node = try YAMLDecoding.compose(yaml, file: "test.yml")
        return try YAMLDecoding.decode(K.Options.self, from: node, file: "test.yml")
    }
}
