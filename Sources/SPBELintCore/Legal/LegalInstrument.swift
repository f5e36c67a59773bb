/// The identity of a regulation (kind, number, year), read from its title ("Peraturan Menteri
/// Komunikasi dan Informatika Nomor 16 Tahun 2022") or a short citation ("Permenkominfo 16/2022").
public struct LegalInstrument: Sendable, Hashable {
    /// A key for the kind of instrument that ignores spelling ("permenkominfo").
    public var family: String
    /// The short name of the kind ("Permenkominfo").
    public var shortName: String
    public var number: String
    public var year: Int

    /// "Permenkominfo 16/2022".
    public var name: String { "\(shortName) \(number)/\(year)" }

    /// Known kinds: the long form as folded words, the short name, and other short spellings.
    static let known: [(long: [String], short: String, aliases: [String])] = [
        (["undang", "undang"], "UU", ["uu", "undangundang"]),
        (["peraturan", "pemerintah"], "PP", ["pp"]),
        (["peraturan", "presiden"], "Perpres", ["perpres"]),
        (["peraturan", "menteri", "komunikasi", "dan", "informatika"], "Permenkominfo", ["permenkominfo", "permenkominfori"]),
        (["peraturan", "menteri", "pendayagunaan", "aparatur", "negara", "dan", "reformasi", "birokrasi"], "Permenpan RB",
         ["permenpanrb", "permenpan", "permenpanri"]),
        (["peraturan", "menteri", "perencanaan", "pembangunan", "nasional"], "Permen PPN",
         ["permenppn", "permenppnbappenas", "permenbappenas", "peraturanbappenas"]),
        (["peraturan", "badan", "siber", "dan", "sandi", "negara"], "Peraturan BSSN", ["peraturanbssn", "perbssn", "perbanbssn"]),
        (["peraturan", "menteri", "dalam", "negeri"], "Permendagri", ["permendagri"]),
        (["peraturan", "menteri", "koordinator", "bidang", "perekonomian"], "Permenko Perekonomian", ["permenkoperekonomian"]),
        (["keputusan", "menteri", "koordinator", "bidang", "perekonomian"], "Kepmenko Perekonomian", ["kepmenkoperekonomian"]),
    ]

    public init(family: String, shortName: String, number: String, year: Int) {
        self.family = family
        self.shortName = shortName
        self.number = number
        self.year = year
    }

    /// Reads "… Nomor 16 Tahun 2022 …" or "Name 16/2022"; nil when neither form is found.
    public init?(parsing text: String) {
        if let long = Self.long(text) { self = long; return }
        if let short = Self.short(text) { self = short; return }
        return nil
    }

    /// Whether a citation's instrument names this regulation.
    public func matches(_ citation: String) -> Bool {
        guard let other = LegalInstrument(parsing: citation) else { return false }
        return other.family == family && other.number == number && other.year == year
    }

    private static func folded(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { current.append(character) } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func long(_ text: String) -> LegalInstrument? {
        let words = folded(text)
        guard let nomor = words.firstIndex(of: "nomor"), nomor + 3 < words.count else { return nil }
        let number = words[nomor + 1]
        guard number.first?.isNumber == true, words[nomor + 2] == "tahun",
              let year = Int(words[nomor + 3]), (1900...2199).contains(year) else { return nil }
        var kind = Array(words[..<nomor].drop { $0 == "salinan" })
        if let republik = kind.firstIndex(of: "republik") { kind = Array(kind[..<republik]) }
        guard !kind.isEmpty else { return nil }
        for entry in known where kind.starts(with: entry.long) {
            return LegalInstrument(family: family(entry.short), shortName: entry.short, number: number, year: year)
        }
        let shortName = kind.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return LegalInstrument(family: kind.joined(), shortName: shortName, number: number, year: year)
    }

    private static func short(_ text: String) -> LegalInstrument? {
        let tokens = LegalMarkers.tokens(text)
        guard let index = tokens.lastIndex(where: { $0.contains("/") }) else { return nil }
        let parts = tokens[index].legalTrimmed(",;.()").split(separator: "/")
        guard parts.count == 2, parts[0].first?.isNumber == true, let year = Int(parts[1]), (1900...2199).contains(year),
              index > 0 else { return nil }
        let written = tokens[..<index].joined(separator: " ")
        let key = folded(written).joined()
        for entry in known where entry.aliases.contains(key) || family(entry.short) == key {
            return LegalInstrument(family: family(entry.short), shortName: entry.short, number: String(parts[0]), year: year)
        }
        return LegalInstrument(family: key, shortName: written, number: String(parts[0]), year: year)
    }

    private static func family(_ shortName: String) -> String { folded(shortName).joined() }
}
