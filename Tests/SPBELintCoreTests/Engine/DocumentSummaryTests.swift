import Foundation
import Testing
@testable import SPBELintCore

/// What a finished run keeps of each document when reports need no text: identity and title,
/// no blocks, no other heading and no word index.
@Suite("document summary")
struct DocumentSummaryTests {
    @Test("a summary keeps path, metadata, kind and title, and answers no term query")
    func summaryKeepsHeadings() throws {
        let path = Repository.examples.appendingPathComponent("kota-contoh-draf.md").path
        let document = try DocumentLoader().load(path: path).get()
        let summary = document.summary
        #expect(summary.path == document.path)
        #expect(summary.metadata.title == document.metadata.title && summary.metadata.kind == document.metadata.kind)
        #expect(summary.kind == document.kind && summary.profile == document.profile)
        #expect(summary.title == document.title && summary.parts == document.parts)
        #expect(document.sections.count > 10)
        #expect(summary.sections.map(\.rawHeading) == [document.sections[0].rawHeading])
        #expect(summary.sections.allSatisfy { $0.blocks.isEmpty && $0.children.isEmpty })
        #expect(summary.preamble.isEmpty && summary.comments.isEmpty)
        #expect(summary.terms.headings.isEmpty)
        #expect(document.terms.wordCount > 1000)
        #expect(summary.terms.wordCount == 0)
        #expect(!document.terms.sections(containing: ["audit", "tik"]).isEmpty)
        #expect(summary.terms.sections(containing: ["audit", "tik"]).isEmpty)
        #expect(summary.terms.words.heading(0, containsIDs: [1]) == false)
    }

    @Test("without front matter the summary's title is still the document's first heading")
    func titleFromFirstHeading() throws {
        let document = try MarkdownDocumentParser().parse(text: """
            # RENCANA INDUK SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KOTA CONTOH TAHUN 2025-2029

            ## BAB I PENDAHULUAN

            Rencana induk ini disusun oleh Dinas Komunikasi dan Informatika.

            ## BAB II ARSITEKTUR SPBE

            Arsitektur SPBE memuat domain layanan dan domain aplikasi.
            """, path: "rencana.md")
        let summary = document.summary
        #expect(summary.title == document.title)
        #expect(summary.title?.hasPrefix("RENCANA INDUK") == true)
        #expect(summary.kind == document.kind)
    }
}
