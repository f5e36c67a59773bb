import ArgumentParser
import Foundation
import SPBELintCore

/// A regulation read for `citations` and `explain --regulation`: its document, legal structure
/// and the instrument it is (from its title, else its `penetapan` metadata).
struct RegulationText {
    let path: String
    let document: Document
    let structure: LegalStructure
    let instrument: LegalInstrument
    /// The file's text, for *angka* of a Lampiran that a Markdown list renumbered.
    var source: String?

    /// Reads and parses the file once; a file that cannot be read or whose instrument cannot be
    /// determined is reported as `path:line:column: error: …` and exits with 2.
    static func load(path: String, language: Language) throws -> RegulationText {
        let document: Document
        switch DocumentLoader().load(path: path) {
        case .success(let loaded): document = loaded
        case .failure(let problem):
            FileOutput.standardError(problem.rendered(in: language) + "\n")
            throw ExitCode(2)
        }
        let structure = LegalStructure(document: document)
        let candidates = [structure.judul?.text, document.metadata["penetapan"]?.value, document.title]
        guard let instrument = candidates.compactMap({ $0.flatMap(LegalInstrument.init(parsing:)) }).first else {
            let message = language == .en
                ? "cannot tell which regulation this is: no title of the form \"… Nomor N Tahun YYYY\"."
                : "jenis peraturan tidak dapat ditentukan: tidak ada judul berbentuk \"… Nomor N Tahun YYYY\"."
            let position = structure.judul?.position ?? .start
            FileOutput.standardError("\(path):\(position.line):\(position.column): error: \(message)\n")
            throw ExitCode(2)
        }
        var regulation = RegulationText(path: path, document: document, structure: structure, instrument: instrument)
        regulation.source = try? String(contentsOfFile: path, encoding: .utf8)
        return regulation
    }

    /// The article a citation names (with its paragraph, when given), resolved in this regulation.
    func resolve(_ citation: Citation) -> LegalArticleResolution {
        var article = citation.article
        if let paragraph = citation.paragraph, !paragraph.isEmpty { article += " \(paragraph)" }
        let words = article.split(separator: " ").map(String.init)
        if let source, words.count == 4, words[0].lowercased() == "lampiran", words[2].lowercased() == "angka", let number = Int(words[3]),
           let found = LegalStructure.angka(number, ofLampiran: words[1], inSource: source) {
            return found
        }
        return structure.resolve(article: article, in: document)
    }

    /// At most `limit` characters of a text on one line, with "…" when cut.
    static func excerpt(_ text: String, limit: Int = 300) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
