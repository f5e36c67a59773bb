import Foundation

/// What a cited article ("Pasal 4 ayat (3)", "Lampiran I, indikator 12") is in a regulation.
public enum LegalArticleResolution: Sendable, Hashable {
    /// The article exists; its text and where it starts.
    case found(text: String, position: SourcePosition)
    /// The article does not exist; why.
    case missing(LocalizedText)
    /// The article is written in a form that cannot be checked.
    case unsupported
}

extension LegalStructure {
    /// Finds a cited article: "Pasal n [ayat (m)] [huruf x | angka k]", a range "Pasal 13-18",
    /// "Lampiran I[, indikator 12]", or "Lembaran/Berita Negara … Tahun Y Nomor N".
    public func resolve(article: String, in document: Document) -> LegalArticleResolution {
        let tokens = LegalMarkers.tokens(article).map { $0.legalTrimmed(",;") }
        guard let first = tokens.first?.lowercased() else { return .unsupported }
        switch first {
        case "pasal": return resolvePasal(Array(tokens.dropFirst()))
        case "lampiran": return resolveLampiran(Array(tokens.dropFirst()), in: document)
        case "lembaran", "berita", "tambahan": return resolveGazette(tokens, in: document)
        default: return .unsupported
        }
    }

    private func resolvePasal(_ tokens: [Substring]) -> LegalArticleResolution {
        guard let numberToken = tokens.first else { return .unsupported }
        let range = numberToken.split(whereSeparator: { $0 == "-" || $0 == "–" })
        if range.count == 2 {
            for end in range where pasal(String(end)) == nil {
                return .missing(LocalizedText(id: "Pasal \(end) tidak ada", en: "there is no Pasal \(end)"))
            }
            guard let from = pasal(String(range[0])), let to = pasal(String(range[1])) else { return .unsupported }
            let text = pasal.filter { $0.number >= from.number && $0.number <= to.number }.map { "Pasal \($0.label) \($0.text)" }
            return .found(text: text.joined(separator: "\n"), position: from.position)
        }
        let spec = "Pasal " + tokens.joined(separator: " ")
        let references = LegalReferenceScanner.references(in: spec, at: .start, within: nil)
        guard let reference = references.first, case .provision(let label?, let ayatNumber, let point) = reference.target else {
            return .unsupported
        }
        if let problem = problem(with: reference) { return .missing(problem) }
        guard let found = pasal(label) else { return .unsupported }
        if let ayatNumber, let ayat = found.ayat(ayatNumber) {
            if let point, let item = ayat.points.first(where: { $0.label == point }) {
                return .found(text: "\(point). \(item.text)", position: item.position)
            }
            return .found(text: "(\(ayatNumber)) \(ayat.text)", position: ayat.position)
        }
        if let point {
            let points = found.points + found.ayat.flatMap(\.points)
            if let item = points.first(where: { $0.label == point }) {
                return .found(text: "\(point). \(item.text)", position: item.position)
            }
        }
        return .found(text: found.text, position: found.position)
    }

    private func resolveLampiran(_ tokens: [Substring], in document: Document) -> LegalArticleResolution {
        var rest = tokens[...]
        var label: String?
        if let next = rest.first, LegalNumbers.roman(String(next)) != nil || Int(next) != nil {
            label = String(next)
            rest = rest.dropFirst()
        }
        let name = label.map { "Lampiran \($0)" } ?? "Lampiran"
        let texts: [LegalText]
        let start: SourcePosition
        if let division = lampiran(label) {
            texts = lampiranTexts(division, in: document)
            start = division.position
        } else if let inline = Self.inlineLampiranTexts(label, in: document), let first = inline.first {
            texts = inline
            start = first.position
        } else {
            return .missing(LocalizedText(id: "\(name) tidak ada", en: "there is no \(name)"))
        }
        guard let keyword = rest.first, rest.count >= 2 else {
            return .found(text: texts.map(\.text).joined(separator: "\n"), position: start)
        }
        var first: LegalArticleResolution?
        for end in rest[rest.startIndex + 1].split(whereSeparator: { $0 == "-" || $0 == "–" }) {
            let hit = keyword.lowercased() == "angka" ? Self.findNumbered(String(end), in: texts) : Self.find("\(keyword) \(end)", in: texts)
            guard let hit else {
                return .missing(LocalizedText(id: "\(name), \(keyword) \(end) tidak ditemukan", en: "\(name), \(keyword) \(end) not found"))
            }
            first = first ?? hit
        }
        return first ?? .unsupported
    }

    /// The texts of a Lampiran that has no heading of its own: from the first text where
    /// "LAMPIRAN <label>" (or "LAMPIRAN" opening a text) is written, to the end; nil when absent.
    static func inlineLampiranTexts(_ label: String?, in document: Document) -> [LegalText]? {
        let all = texts(of: document.allBlocks)
        let pattern = label.map { "\\bLAMPIRAN\\s+\(NSRegularExpression.escapedPattern(for: $0.uppercased()))\\b" } ?? "(^|\\n)LAMPIRAN\\b"
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        for (index, text) in all.enumerated() {
            let flat = text.text as NSString
            guard let match = regex.firstMatch(in: text.text, range: NSRange(location: 0, length: flat.length)) else { continue }
            var result = Array(all[index...])
            result[0] = LegalText(text: flat.substring(from: match.range.location), position: text.position)
            return result
        }
        return nil
    }

    /// The first numbered entry "N. …" (an *angka* of a Lampiran) in some texts, nil when absent.
    static func findNumbered(_ number: String, in texts: [LegalText]) -> LegalArticleResolution? {
        guard Int(number) != nil,
              let regex = try? NSRegularExpression(pattern: "(?<![0-9.,])\(number)\\. +[A-Z]") else { return nil }
        for text in texts {
            let flat = text.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") as NSString
            guard let match = regex.firstMatch(in: flat as String, range: NSRange(location: 0, length: flat.length)) else { continue }
            return .found(text: flat.substring(from: match.range.location), position: text.position)
        }
        return nil
    }

    /// Finds *angka* `number` of a Lampiran in the source text itself, where a Markdown list may have
    /// dropped the numbers: from "LAMPIRAN <label>", the entries "1. …", "2. …" are followed in
    /// sequence (an entry counts only when it is the next number), so examples numbered inside an
    /// entry are not taken for it (a few numbers the conversion lost may be skipped). Returns the
    /// entry's text and line, or nil when the sequence does not reach it.
    public static func angka(_ number: Int, ofLampiran label: String?, inSource source: String) -> LegalArticleResolution? {
        let heading = label.map { "LAMPIRAN \($0.uppercased())" } ?? "LAMPIRAN"
        guard let start = source.range(of: heading, options: [.literal]) else { return nil }
        let text = String(source[start.lowerBound...])
        guard let regex = try? NSRegularExpression(pattern: "(?<![0-9.,/])([0-9]{1,3})\\. +[A-Z]") else { return nil }
        let ns = text as NSString
        var expected = 1
        let startLine = source[..<start.lowerBound].filter { $0 == "\n" }.count + 1
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            guard let value = Int(ns.substring(with: match.range(at: 1))), value >= expected, value <= expected + 5 else { continue }
            if value == number {
                let line = startLine + ns.substring(to: match.range.location).filter { $0 == "\n" }.count
                let entry = ns.substring(from: match.range.location).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                return .found(text: entry, position: SourcePosition(line: line, column: 1))
            }
            if value > number { return nil }
            expected = value + 1
        }
        return nil
    }

    /// The text from the best occurrence of a phrase such as "Indikator 12": one followed by ":" (an
    /// entry), else a text that starts with it, else the first; nil when absent.
    static func find(_ phrase: String, in texts: [LegalText]) -> LegalArticleResolution? {
        var best: (rank: Int, text: String, position: SourcePosition)?
        for text in texts {
            let flat = text.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            var searchFrom = flat.startIndex
            while let range = flat.range(of: phrase, options: [.caseInsensitive], range: searchFrom..<flat.endIndex) {
                searchFrom = range.upperBound
                if range.upperBound < flat.endIndex, flat[range.upperBound].isNumber { continue }
                let after = flat[range.upperBound...].drop { $0 == " " }
                let rank = after.first == ":" ? 0 : range.lowerBound != flat.startIndex ? 3 : after.isEmpty ? 2 : 1
                if best == nil || rank < best!.rank { best = (rank, String(flat[range.lowerBound...]), text.position) }
                break
            }
            if best?.rank == 0 { break }
        }
        return best.map { .found(text: $0.text, position: $0.position) }
    }

    /// The texts of a Lampiran: its section's subtree and the sections up to the next Lampiran or Penjelasan.
    func lampiranTexts(_ division: LegalDivision, in document: Document) -> [LegalText] {
        let tail = (lampiran.map(\.section) + [penjelasan?.section].compactMap { $0 }).filter { $0 > division.section }
        let end = tail.min() ?? document.sections.count
        return Self.texts(of: document.sections[division.section..<end].flatMap(\.blocks))
    }

    /// Each paragraph, list item and table row of some blocks, with its position.
    static func texts(of blocks: [Block]) -> [LegalText] {
        blocks.flatMap { block -> [LegalText] in
            switch block.kind {
            case .list:
                return block.items.map { LegalText(text: $0.text, position: $0.position) }
            case .table:
                guard let table = block.table else { return [] }
                return table.lines.map { LegalText(text: $0.text, position: $0.position) }
            default:
                return [LegalText(text: block.text, position: block.position)]
            }
        }
    }

    private func resolveGazette(_ tokens: [Substring], in document: Document) -> LegalArticleResolution {
        let words = tokens.map { $0.lowercased() }
        guard let tahun = words.firstIndex(of: "tahun"), let nomor = words.firstIndex(of: "nomor"),
              tahun + 1 < words.count, nomor + 1 < words.count else { return .unsupported }
        let wanted = TextFolding.words(of: "tahun \(words[tahun + 1]) nomor \(words[nomor + 1])")
        for text in Self.texts(of: document.allBlocks) where TextFolding.contains(TextFolding.words(of: text.text), phrase: wanted) {
            return .found(text: text.text, position: text.position)
        }
        return .missing(LocalizedText(id: "\(tokens.joined(separator: " ")) tidak disebut dalam naskah",
                                      en: "\(tokens.joined(separator: " ")) is not named in the text"))
    }
}
