import Foundation

/// The title block of a regulation or decree as printed on its first page:
/// `PERATURAN BUPATI X / NOMOR 34 TAHUN 2019 / TENTANG / <subject>`, read from the joined first units.
struct TitleBlock {
    /// "PERATURAN", "KEPUTUSAN", "INSTRUKSI", "UNDANG-UNDANG".
    var form: String
    /// Who issues it: "BUPATI", "WALIKOTA", "GUBERNUR", "MENTERI", "PRESIDEN", "DAERAH", ...
    var issuer: String
    /// The region or body named after the issuer ("BATU BARA"), when there is one.
    var issuerName: String?
    var number: String?
    var year: Int?
    /// What it is about (the words after TENTANG), whitespace collapsed.
    var subject: String?
    /// The instrument's form in words: "Peraturan Bupati", "Keputusan Wali Kota", "Undang-Undang".
    var formName: String {
        if form == "UNDANG-UNDANG" { return "Undang-Undang" }
        let issuerWords = ["WALIKOTA": "Wali Kota"][issuer] ?? InstitutionName.titleCase(issuer)
        return InstitutionName.titleCase(form) + " " + issuerWords
    }

    /// Whether the block is a plan's header "LAMPIRAN PERATURAN BUPATI X NOMOR ... TENTANG ...": the
    /// document is then the plan that instrument enacts, not the instrument itself.
    var isLampiranHeader = false
    /// The whole title as one line ("PERATURAN BUPATI BATU BARA NOMOR 81 TAHUN 2021 TENTANG ...").
    var title: String

    private static let heading = try! NSRegularExpression(
        pattern: #"\b(PERATURAN|KEPUTUSAN|INSTRUKSI)\s+(BUPATI|WALI\s*KOTA|GUBERNUR|MENTERI|PRESIDEN|DAERAH|PEMERINTAH|KEPALA|BADAN|LEMBAGA|SEKRETARIS|DIREKTUR)\b([^\n]*?)(?=\s*\bNOMOR\b)"#,
        options: [.caseInsensitive])
    private static let statute = try! NSRegularExpression(
        pattern: #"\b(UNDANG\s*-\s*UNDANG)\s+(REPUBLIK\s+INDONESIA\s+)?(?=NOMOR\b)"#, options: [.caseInsensitive])
    private static let number = try! NSRegularExpression(
        pattern: #"\bNOMOR\s*:?\s*([0-9][0-9.]*(?:[/\-][0-9A-Z.]+)*|[.…]{2,})?(?:\s*TAHUN\s+((?:19|20|21)\d\d))?"#, options: [.caseInsensitive])
    private static let subjectEnd = try! NSRegularExpression(
        pattern: #"\s*(?:DENGAN\s+RAHMAT|\bMenimbang\b|\bMEMUTUSKAN\b|\bMengingat\b)"#, options: [.caseInsensitive])

    private static let bodyStart = try! NSRegularExpression(pattern: #"\bMenimbang\b"#, options: [.caseInsensitive])

    /// Reads a title block from the start of a document (units joined by newlines), or nil. Only the
    /// text before "Menimbang" is read: instruments cited further on are not the title.
    static func read(_ text: String) -> TitleBlock? {
        let full = text as NSString
        let cut = bodyStart.firstMatch(in: text, range: NSRange(location: 0, length: full.length))?.range.location
        let zone = cut.map { full.substring(to: $0) } ?? text
        let ns = zone as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var form: String, issuer: String, issuerName: String?, afterIssuer: Int
        var isLampiranHeader = false
        let instrument = heading.firstMatch(in: zone, range: whole)
        let law = statute.firstMatch(in: zone, range: whole)
        if let match = instrument, law.map({ match.range.location < $0.range.location }) ?? true {
            let before = ns.substring(to: match.range.location).uppercased()
            isLampiranHeader = before.trimmingCharacters(in: CharacterSet(charactersIn: " \n:#*")).hasSuffix("LAMPIRAN")
            form = ns.substring(with: match.range(at: 1)).uppercased()
            issuer = collapse(ns.substring(with: match.range(at: 2)).uppercased()).replacingOccurrences(of: "WALI KOTA", with: "WALIKOTA")
            let name = collapse(ns.substring(with: match.range(at: 3)))
                .trimmingCharacters(in: CharacterSet(charactersIn: " ,:;"))
            issuerName = name.isEmpty ? nil : name
            afterIssuer = match.range.location + match.range.length
        } else if let match = law {
            form = "UNDANG-UNDANG"
            issuer = "DPR"
            issuerName = nil
            afterIssuer = match.range.location + match.range.length
        } else {
            return nil
        }
        let rest = NSRange(location: afterIssuer, length: ns.length - afterIssuer)
        guard let numberMatch = number.firstMatch(in: zone, range: rest), numberMatch.range.location - afterIssuer < 40 else {
            return nil
        }
        // A draft leaves the number blank ("NOMOR ... TAHUN 2025").
        let numberText = numberMatch.range(at: 1).location == NSNotFound ? ""
            : ns.substring(with: numberMatch.range(at: 1)).trimmingCharacters(in: CharacterSet(charactersIn: ".,…"))
        let year = numberMatch.range(at: 2).location != NSNotFound ? Int(ns.substring(with: numberMatch.range(at: 2))) : nil
        var subject: String?
        let afterNumber = numberMatch.range.location + numberMatch.range.length
        let tail = ns.substring(from: afterNumber)
        if let tentang = tail.range(of: "TENTANG", options: [.caseInsensitive]),
           tail.distance(from: tail.startIndex, to: tentang.lowerBound) < 40 {
            var body = String(tail[tentang.upperBound...])
            let bodyNS = body as NSString
            if let end = subjectEnd.firstMatch(in: body, range: NSRange(location: 0, length: bodyNS.length)) {
                body = bodyNS.substring(to: end.range.location)
            }
            var text = collapse(body)
            // The issuer repeated under the title ("WALIKOTA DENPASAR,") closes the subject.
            let repeated = collapse(issuer + (issuerName.map { " " + $0 } ?? ""))
            if let range = text.range(of: " " + repeated, options: [.caseInsensitive, .backwards]),
               text[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ,.")).isEmpty {
                text = String(text[..<range.lowerBound])
            }
            text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
            if text.count > 400 { text = String(text.prefix(400)) }
            subject = text.isEmpty ? nil : text
        }
        var title = collapse("\(form) \(issuer)" + (issuerName.map { " \($0)" } ?? "")
                             + (numberText.isEmpty ? "" : " NOMOR \(numberText)") + (year.map { " TAHUN \($0)" } ?? ""))
        if let subject { title += " TENTANG \(subject)" }
        return TitleBlock(form: form, issuer: issuer, issuerName: issuerName, number: numberText.isEmpty ? nil : numberText, year: year,
                          subject: subject, isLampiranHeader: isLampiranHeader, title: title)
    }

    /// Whitespace runs (newlines included) folded to one space.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
