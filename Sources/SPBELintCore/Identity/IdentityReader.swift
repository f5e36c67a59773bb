import Foundation

/// Reads a document's identity from its own text: title, kind, what it enacts, level and
/// institution, period, number, enactment date and status, and where its Lampiran starts.
///
/// Everything it finds becomes a `MetadataField` with origin `.text` and the position it was read
/// at; front matter (origin `.frontMatter`) always wins over it.
enum IdentityReader {
    /// What the text says about the document.
    struct Result {
        var fields: [MetadataField] = []
        /// Where the Lampiran begins (after the signature block), when the document has one.
        var lampiranStart: SourcePosition?
    }

    /// Units read for the title block at most; the body starts earlier in every real document.
    static let titleZoneUnits = 30

    static func read(_ document: Document) -> Result {
        let units = document.textUnits()
        var result = Result()
        func add(_ key: String, _ value: String?, at position: SourcePosition) {
            guard let value, !value.isEmpty else { return }
            result.fields.append(MetadataField(key: key, value: value, position: position, origin: .text))
        }
        let zone = titleZone(units)
        let zoneStart = zone.first?.position ?? .start
        let zoneText = zone.map(\.text).joined(separator: "\n")
        if let block = TitleBlock.read(zoneText), block.isLampiranHeader, let subject = block.subject,
           let plan = PlanKind.named(in: subject) {
            // "LAMPIRAN PERATURAN BUPATI X NOMOR .. TENTANG RENCANA INDUK ...": this is the plan itself.
            add("judul", TitleBlock.collapse(subject), at: zoneStart)
            add("jenis", plan, at: zoneStart)
            add("penetapan", block.title, at: zoneStart)
            add("periode", period(in: subject), at: zoneStart)
            let (level, institution) = InstitutionName.from(issuer: block.issuer, name: block.issuerName, subject: subject)
            add("tingkat", level, at: zoneStart)
            add("instansi", institution, at: zoneStart)
        } else if let block = TitleBlock.read(zoneText) {
            add("judul", block.title, at: zoneStart)
            let kind = kind(ofForm: block.form, issuer: block.issuer)
            add("jenis", kind, at: zoneStart)
            if let subject = block.subject {
                add("menetapkan", PlanKind.named(in: subject), at: zoneStart)
                add("periode", period(in: subject), at: zoneStart)
            }
            let (level, institution) = InstitutionName.from(issuer: block.issuer, name: block.issuerName,
                                                             subject: block.subject)
            add("tingkat", level, at: zoneStart)
            add("instansi", institution, at: zoneStart)
            add("penetapan", block.title, at: zoneStart)
            add("bentuk", block.formName, at: zoneStart)
            add("nomor", block.number.map { number in block.year.map { "\(number) Tahun \($0)" } ?? number }, at: zoneStart)
        } else if let (title, position) = planTitle(units) {
            add("judul", title, at: position)
            add("jenis", PlanKind.named(in: title) ?? PlanKind.fromStructure(document), at: position)
            add("periode", period(in: title), at: position)
            let (level, institution) = InstitutionName.from(title: title)
            add("tingkat", level, at: position)
            add("instansi", institution, at: position)
        } else {
            add("jenis", PlanKind.fromStructure(document), at: .start)
        }
        let signature = signatureIndex(units)
        if let signature {
            let text = units[signature].text + " " + (signature + 1 < units.count ? units[signature + 1].text : "")
            if let date = dateAfterDitetapkan(text) {
                add("tanggal-penetapan", date.description, at: units[signature].position)
            }
        }
        let blankDate = signature.map { index in
            units[index].text.contains("....") || (index + 1 < units.count && units[index + 1].text.hasPrefix("pada tanggal ...."))
        } ?? false
        if zone.prefix(4).contains(where: { isDraftMark($0.text) }) || blankDate {
            add("status", "rancangan", at: zoneStart)
        } else if result.fields.contains(where: { $0.key == "tanggal-penetapan" }) {
            add("status", "ditetapkan", at: units[signature!].position)
        }
        result.lampiranStart = lampiranStart(units, after: signature)
        return result
    }

    /// The units before the body starts (Menimbang, a first BAB or Pasal), at most `titleZoneUnits`.
    static func titleZone(_ units: [TextUnit]) -> [TextUnit] {
        var zone: [TextUnit] = []
        var characters = 0
        for unit in units.prefix(titleZoneUnits) {
            let head = unit.text.prefix(12).lowercased()
            if head.hasPrefix("menimbang") || head.hasPrefix("mengingat") { break }
            if unit.isHeading, LegalLine.isChapterOrArticle(unit.text) { break }
            zone.append(unit)
            characters += unit.text.count
            if characters > 4000 { break }
        }
        return zone
    }

    /// The document kind a legal form and issuer make.
    static func kind(ofForm form: String, issuer: String) -> String {
        switch (form, issuer) {
        case ("KEPUTUSAN", _), ("INSTRUKSI", _): return "keputusan"
        case ("PERATURAN", "BUPATI"), ("PERATURAN", "WALIKOTA"), ("PERATURAN", "GUBERNUR"): return "perkada"
        default: return "regulasi"
        }
    }

    /// A plan's title: the first lines before any heading when they name a plan, else the first
    /// heading that does (never "BAB I PENDAHULUAN" or a contents page).
    static func planTitle(_ units: [TextUnit]) -> (String, SourcePosition)? {
        var leading: [TextUnit] = []
        for unit in units.prefix(8) {
            if unit.isHeading { break }
            let words = TextFolding.words(of: unit.text)
            if words.count < 2 || GenericHeading.matches(words) { continue }
            if unit.text.count > 300 { break }
            leading.append(unit)
            if leading.count == 3 { break }
        }
        let joined = TitleBlock.collapse(leading.map(\.text).joined(separator: " "))
        if let first = leading.first, PlanKind.named(in: joined) != nil || PlanKind.mentionsSPBE(joined) {
            return (joined, first.position)
        }
        for unit in units.prefix(40) where unit.isHeading {
            let words = TextFolding.words(of: HeadingText.split(unit.text).title)
            if GenericHeading.matches(words) { continue }
            if PlanKind.named(in: unit.text) != nil { return (TitleBlock.collapse(unit.text), unit.position) }
        }
        return nil
    }

    /// The last span of two years (start before end, at most 25 years apart) in a title, as "2019-2024".
    static func period(in text: String) -> String? {
        let years = Period.years(in: text)
        guard years.count >= 2 else { return nil }
        for index in stride(from: years.count - 2, through: 0, by: -1) {
            let (start, end) = (years[index], years[index + 1])
            if start < end && end - start <= 25 { return "\(start)-\(end)" }
        }
        return nil
    }

    /// The unit holding "Ditetapkan di ...", the start of the signature block.
    static func signatureIndex(_ units: [TextUnit]) -> Int? {
        units.firstIndex { containsDitetapkanDi($0.text) }
    }

    /// Whether a text holds "ditetapkan di" in any ASCII case, by one scan of its UTF-8 bytes.
    /// (Only the Kelvin sign and the Turkish dotted/dotless i fold to these letters outside ASCII,
    /// and Indonesian text does not spell this phrase with them.)
    static func containsDitetapkanDi(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let needle = ditetapkanDi, last = needle.count - 1
            var end = last
            // Horspool's search on ASCII-folded bytes: the byte under the needle's end says how far to move.
            while end < bytes.count {
                var offset = 0
                while offset <= last, bytes[end - offset].asciiLowercased == needle[last - offset] { offset += 1 }
                if offset > last { return true }
                end += ditetapkanDiShift[Int(bytes[end].asciiLowercased)]
            }
            return false
        }
    }

    private static let ditetapkanDi: [UInt8] = Array("ditetapkan di".utf8)

    /// Per folded byte, how far the needle may move when that byte is under its end.
    private static let ditetapkanDiShift: [Int] = {
        var shift = [Int](repeating: ditetapkanDi.count, count: 256)
        for (index, byte) in ditetapkanDi.dropLast().enumerated() { shift[Int(byte)] = ditetapkanDi.count - 1 - index }
        return shift
    }()

    static func dateAfterDitetapkan(_ text: String) -> CalendarDate? {
        guard let range = text.range(of: "ditetapkan di", options: .caseInsensitive) else { return nil }
        return IndonesianDate.first(in: String(text[range.upperBound...].prefix(160)))
    }

    /// Whether a title-zone line marks a draft ("RANCANGAN", "DRAF", "DRAFT", "KONSEP").
    static func isDraftMark(_ text: String) -> Bool {
        guard let first = TextFolding.words(of: text).first else { return false }
        return ["rancangan", "draf", "draft", "konsep", "rapergub", "raperbup", "raperwal"].contains(first)
    }

    /// Where the Lampiran starts: a line opening with "LAMPIRAN" after the signature block, else a
    /// second "BAB I" (the Lampiran's cover was an image). Without a signature block (lost in
    /// conversion, or a draft without one), a caption "LAMPIRAN PERATURAN/KEPUTUSAN ..." after the
    /// body's first Pasal or diktum.
    static func lampiranStart(_ units: [TextUnit], after signature: Int?) -> SourcePosition? {
        let from = (signature ?? -1) + 1
        var sawFirstChapter = false
        var sawProvision = false
        for (index, unit) in units.enumerated() {
            let isChapterOne = LegalLine.isChapterOne(unit.text)
            if index >= from, signature != nil {
                if LegalLine.startsWithLampiran(unit.text) || isChapterOne { return unit.position }
            } else if signature == nil, sawProvision, LegalLine.isLampiranCaption(unit.text) {
                return unit.position
            } else if isChapterOne {
                if sawFirstChapter && signature == nil { return unit.position }
                sawFirstChapter = true
            }
            if signature == nil, !sawProvision { sawProvision = LegalLine.isProvision(unit.text) }
        }
        return nil
    }
}

/// Headings that never name the document: front matter of a book and first chapters.
enum GenericHeading {
    static let phrases = PhraseList(["kata pengantar", "daftar isi", "daftar tabel", "daftar gambar", "pendahuluan",
                                     "latar belakang", "lampiran", "salinan", "table of contents", "foreword",
                                     "introduction"])
    static func matches(_ words: [String]) -> Bool {
        guard words.count <= 4 else { return false }
        return phrases.matches(words) || (words.first == "bab" && words.count <= 2)
    }
}

/// Line shapes of regulations that the identity reader needs.
enum LegalLine {
    /// "BAB I", "BAB I PENDAHULUAN", "Bab 1" (but not "BAB II" or "BAB IV").
    static func isChapterOne(_ text: String) -> Bool {
        let words = text.leadingWords(2).map { String($0) }
        guard words.count >= 2, words[0].uppercased() == "BAB" else { return false }
        let number = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ".:,"))
        return number == "I" || number == "1"
    }

    /// "LAMPIRAN", "LAMPIRAN : KEPUTUSAN ...", "Lampiran I" at the start of a unit.
    static func startsWithLampiran(_ text: String) -> Bool {
        let trimmed = text.drop(while: { $0.isWhitespace || $0 == "#" })
        guard trimmed.prefix(8).uppercased() == "LAMPIRAN" else { return false }
        let next = trimmed.dropFirst(8).first
        return next == nil || next!.isWhitespace || next == ":" || next == "."
    }

    /// The caption of a Lampiran naming its instrument: "LAMPIRAN PERATURAN BUPATI ...",
    /// "LAMPIRAN I KEPUTUSAN ...", "LAMPIRAN : KEPUTUSAN ...".
    static func isLampiranCaption(_ text: String) -> Bool {
        guard startsWithLampiran(text) else { return false }
        let words = text.drop(while: { $0.isWhitespace || $0 == "#" })
            .leadingWords(3, separatedBy: { $0.isWhitespace || $0 == ":" }).map { $0.uppercased() }
        return words.dropFirst().contains { $0 == "PERATURAN" || $0 == "KEPUTUSAN" }
    }

    /// The first provision of a body at the start of a unit: "Pasal N" (read as the legal structure
    /// reads a Pasal heading) or the first diktum, "KESATU" (older decrees: "PERTAMA").
    static func isProvision(_ text: String) -> Bool {
        let unit = text.drop(while: { $0.isWhitespace || $0 == "#" })
        let first = unit.leadingWords(1, separatedBy: { $0.isWhitespace || $0 == ":" }).first?.uppercased()
        if first == "KESATU" || first == "PERTAMA" { return true }
        guard let word = unit.leadingWords(1).first, word.count <= 8, word.uppercased().hasPrefix("PASAL") else { return false }
        return LegalHeadingKind(heading: String(unit)).isPasal
    }

    /// A heading that starts the body: "BAB ...", "Pasal N".
    static func isChapterOrArticle(_ text: String) -> Bool {
        let first = text.leadingWords(1).first.map { $0.uppercased() }
        return first == "BAB" || first == "PASAL"
    }
}
