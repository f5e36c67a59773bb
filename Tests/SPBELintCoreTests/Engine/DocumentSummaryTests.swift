import Foundation
import Testing
@testable import SPBELintCore

/// What a finished run keeps of each document when reports need no text: headings and identity,
/// no blocks and no word index.
@Suite("document summary")
struct DocumentSummaryTests {
    @Test("a summary keeps path, metadata, headings and heading words, and answers no term query")
    func summaryKeepsHeadings() throws {
        let path = Repository.examples.appendingPathComponent("kota-contoh-draf.md").path
        let document = try DocumentLoader().load(path: path).get()
        let summary = document.summary
        #expect(summary.path == document.path)
        #expect(summary.metadata.title == document.metadata.title && summary.metadata.kind == document.metadata.kind)
        #expect(summary.sections.map(\.rawHeading) == document.sections.map(\.rawHeading))
        #expect(summary.sections.allSatisfy { $0.blocks.isEmpty })
        #expect(summary.preamble.isEmpty && summary.comments.isEmpty)
        #expect(summary.terms.headings == document.terms.headings)
        #expect(document.terms.wordCount > 1000)
        #expect(summary.terms.wordCount == 0)
        #expect(!document.terms.sections(containing: ["audit", "tik"]).isEmpty)
        #expect(summary.terms.sections(containing: ["audit", "tik"]).isEmpty)
        #expect(summary.terms.words.heading(0, containsIDs: [1]) == false)
    }
}
