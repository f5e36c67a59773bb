import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint citations --against FILE`: checks that every article the rule packs cite from one
/// regulation exists in that regulation's text, and prints the cited text.
struct CitationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citations",
        abstract: "Check the rules' citations of one regulation against its text.",
        discussion: """
            FILE is the regulation (.md or .xml); its title names the instrument (for example \
            "Peraturan Menteri Komunikasi dan Informatika Nomor 16 Tahun 2022" is Permenkominfo 16/2022). \
            Exit codes: 0 every citation of it resolves (or none names it); 1 a cited article does not \
            exist; 2 bad input or flag.
            """)

    /// How the result is printed.
    enum Format: String, ExpressibleByArgument {
        case text, json
    }

    @Option(help: "The regulation whose text the citations are checked against (.md or .xml).")
    var against: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var common: CommonOptions

    /// One citation of the regulation and what it resolved to.
    struct Checked {
        var rule: Rule
        var citation: Citation
        var resolution: LegalArticleResolution
    }

    func run() throws {
        let catalog = try common.loadCatalog()
        let regulation = try RegulationText.load(path: against, language: common.language)
        let checked = catalog.rules.flatMap { rule in
            rule.citations.filter { regulation.instrument.matches($0.instrument) }
                .map { Checked(rule: rule, citation: $0, resolution: regulation.resolve($0)) }
        }
        let output = format == .json ? json(checked, regulation) : text(checked, regulation)
        FileOutput.standardOutput(output)
        if checked.contains(where: { if case .missing = $0.resolution { true } else { false } }) { throw ExitCode(1) }
    }

    private func text(_ checked: [Checked], _ regulation: RegulationText) -> String {
        let en = common.language == .en
        let legal = regulation.structure
        var lines = ["\(regulation.path): \(regulation.instrument.name) (\(legal.pasal.count) Pasal, \(legal.lampiran.count) Lampiran)"]
        if checked.isEmpty {
            lines.append(en ? "No loaded rule cites \(regulation.instrument.name)." : "Tidak ada aturan yang merujuk \(regulation.instrument.name).")
        }
        var counts = [0, 0, 0]
        for item in checked {
            let cited = "\(item.citation.article) [\(item.rule.id)]"
            switch item.resolution {
            case .found(let text, let position):
                counts[0] += 1
                lines.append("  ok: \(cited) \(regulation.path):\(position.line):\(position.column)")
                lines.append("      \"\(RegulationText.excerpt(text))\"")
            case .missing(let reason):
                counts[1] += 1
                lines.append("  \(en ? "NOT FOUND" : "TIDAK DITEMUKAN"): \(cited): \(reason.text(in: common.language))")
            case .unsupported:
                counts[2] += 1
                lines.append("  \(en ? "not checked" : "tidak diperiksa"): \(cited): "
                             + (en ? "this form of article is not understood" : "bentuk rujukan pasal ini tidak dikenali"))
            }
        }
        lines.append(en ? "\(checked.count) citation(s): \(counts[0]) found, \(counts[1]) not found, \(counts[2]) not checked."
                        : "\(checked.count) rujukan: \(counts[0]) ditemukan, \(counts[1]) tidak ditemukan, \(counts[2]) tidak diperiksa.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func json(_ checked: [Checked], _ regulation: RegulationText) -> String {
        var summary = ["found": 0, "missing": 0, "unsupported": 0]
        let citations: [[String: Any]] = checked.map { item in
            var entry: [String: Any] = ["ruleId": item.rule.id, "instrument": item.citation.instrument,
                                        "article": item.citation.article, "confidence": item.citation.confidence.rawValue]
            switch item.resolution {
            case .found(let text, let position):
                summary["found", default: 0] += 1
                entry["status"] = "found"
                entry["line"] = position.line
                entry["column"] = position.column
                entry["text"] = RegulationText.excerpt(text)
            case .missing(let reason):
                summary["missing", default: 0] += 1
                entry["status"] = "missing"
                entry["reason"] = reason.text(in: common.language)
            case .unsupported:
                summary["unsupported", default: 0] += 1
                entry["status"] = "unsupported"
            }
            return entry
        }
        let legal = regulation.structure
        let object: [String: Any] = [
            "schemaVersion": 1,
            "regulation": ["path": regulation.path, "instrument": regulation.instrument.name,
                           "title": legal.judul?.text ?? "", "pasal": legal.pasal.count, "lampiran": legal.lampiran.count],
            "citations": citations,
            "summary": summary,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
