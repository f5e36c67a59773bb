import Foundation
import Testing
@testable import SPBELintCore

/// The measured structure counts of one real regulation in facts.json.
struct LegalCorpusFact: Decodable, Sendable, CustomTestStringConvertible {
    let file: String
    let pasal_body: Int?
    let bab_body: Int?
    let bagian_body: Int?
    let paragraf_body: Int?
    let lampiran_present: Bool?
    let definitions_pasal_1: Int?
    let pasal_numbers_first_last: [String]?
    var testDescription: String { file }

    static let all: [LegalCorpusFact] = {
        let url = Repository.sharedCorpus.appendingPathComponent("facts.json")
        guard let data = try? Data(contentsOf: url),
              let facts = try? JSONDecoder().decode([LegalCorpusFact].self, from: data) else { return [] }
        return facts
    }()
}

/// The counts the corpus README gives for the two XML regulations (the same texts as their `.md`).
struct LegalCorpusXMLFact: Sendable, CustomTestStringConvertible {
    let file: String, pasal: Int, bab: Int, bagian: Int, ayat: Int
    var testDescription: String { file }
    static let all = [
        LegalCorpusXMLFact(file: "perbssn-4-2021.xml", pasal: 36, bab: 4, bagian: 6, ayat: 74),
        LegalCorpusXMLFact(file: "permenppn-16-2020.xml", pasal: 22, bab: 7, bagian: 0, ayat: 43),
    ]
}

@Suite("Legal structure of the real corpus (skipped without ../shared)", .enabled(if: Repository.sharedCorpusExists))
struct LegalCorpusTests {
    func structure(_ file: String) throws -> LegalStructure {
        let path = Repository.sharedCorpus.appendingPathComponent(file).path
        return LegalStructure(document: try DocumentLoader().load(path: path).get())
    }

    @Test("every real Markdown text yields the measured Pasal, BAB, Bagian, Paragraf, definition and Lampiran counts", arguments: LegalCorpusFact.all)
    func markdown(_ fact: LegalCorpusFact) throws {
        let legal = try structure(fact.file)
        if let count = fact.pasal_body { #expect(legal.pasal.count == count, "Pasal") }
        if let count = fact.bab_body { #expect(legal.bab.count == count, "BAB") }
        if let count = fact.bagian_body { #expect(legal.bagian.count == count, "Bagian") }
        if let count = fact.paragraf_body { #expect(legal.paragraf.count == count, "Paragraf") }
        // The OCR texts repeat page-end catchwords ("4. Data...") as list items, so their definition
        // counts are not exact; the corpus README calls them noisy.
        let ocr = ["perpres-39-2019.md", "permenko-perekonomian-4-2023.md", "kepmenko-perekonomian-70-2023.md"]
        if let count = fact.definitions_pasal_1, count > 0, !ocr.contains(fact.file) {
            let definitions = (legal.pasal.first?.points.count ?? 0) + (legal.pasal.first?.ayat.count ?? 0)
            #expect(definitions == count, "definitions in Pasal 1")
        }
        if let present = fact.lampiran_present { #expect(!legal.lampiran.isEmpty == present, "Lampiran") }
        if let ends = fact.pasal_numbers_first_last, ends.count == 2 {
            #expect(legal.pasal.first?.label == ends[0] && legal.pasal.last?.label == ends[1])
        }
    }

    @Test("the real XML regulations yield the counts of the corpus README", arguments: LegalCorpusXMLFact.all)
    func xml(_ fact: LegalCorpusXMLFact) throws {
        let legal = try structure(fact.file)
        #expect(legal.pasal.count == fact.pasal)
        #expect(legal.bab.count == fact.bab)
        #expect(legal.bagian.count == fact.bagian)
        #expect(legal.pasal.map(\.ayat.count).reduce(0, +) == fact.ayat)
        #expect(legal.menimbang.count == 1 && legal.mengingat.count >= 3)
        #expect(legal.mengingat.contains { $0.text.contains("Nomor 95 Tahun 2018") })
        #expect(legal.menetapkan?.text.hasPrefix("PERATURAN") == true)
    }

    /// UU 23/2014 as converted has no blank lines: its Pasal 1 list swallows the rest of the body in
    /// CommonMark, and the headings of later Pasal are lines inside that list.
    @Test("UU 23/2014: the Pasal the packs cite resolve, with their ayat and huruf",
          .enabled(if: FileManager.default.fileExists(atPath: Repository.sharedCorpus.appendingPathComponent("uu-23-2014.md").path)))
    func uu23() throws {
        let path = Repository.sharedCorpus.appendingPathComponent("uu-23-2014.md").path
        let document = try DocumentLoader().load(path: path).get()
        let legal = LegalStructure(document: document)
        #expect(legal.pasal.first?.label == "1")
        #expect(legal.pasal.contains { $0.label == "411" })
        guard case .found(let ayat, _) = legal.resolve(article: "Pasal 246 ayat (1)", in: document) else {
            Issue.record("Pasal 246 ayat (1) not found"); return
        }
        #expect(ayat.contains("kepala daerah menetapkan Perkada"))
        guard case .found(let huruf, _) = legal.resolve(article: "Pasal 12 ayat (2) huruf j", in: document) else {
            Issue.record("Pasal 12 ayat (2) huruf j not found"); return
        }
        #expect(huruf.contains("komunikasi dan informatika"))
        guard case .found(let commencement, _) = legal.resolve(article: "Pasal 248 ayat (3)", in: document) else {
            Issue.record("Pasal 248 ayat (3) not found"); return
        }
        #expect(commencement.contains("mulai berlaku"))
    }
}
