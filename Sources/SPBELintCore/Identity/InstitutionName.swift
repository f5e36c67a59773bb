/// Level of government and institution name, from a title block's issuer ("BUPATI BATU BARA" →
/// kabupaten, "Kabupaten Batu Bara") or from a plan's title ("... Pemerintah Kota Denpasar ...").
enum InstitutionName {
    /// Words that end a place name in a title.
    static let stopWords: Set<String> = ["tahun", "nomor", "periode", "dan", "di", "tentang", "provinsi", "kabupaten",
                                         "kota", "sampai", "sd", "s", "d", "dalam", "pada", "untuk", "year", "years",
                                         "for", "and", "the", "of", "nasional", "spbe"]

    static func from(issuer: String, name: String?, subject: String?) -> (level: String?, institution: String?) {
        let place = name.map(titleCase)
        switch issuer {
        case "BUPATI": return ("kabupaten", place.map { "Kabupaten \($0)" })
        case "WALIKOTA": return ("kota", place.map { "Kota \($0)" })
        case "GUBERNUR": return ("provinsi", place.map { "Provinsi \($0)" })
        case "PRESIDEN", "DPR": return ("nasional", "Pemerintah Pusat")
        case "MENTERI": return ("instansi-pusat", place.map { "Kementerian \($0)" })
        case "BADAN", "LEMBAGA": return ("instansi-pusat", place.map { "\(titleCase(issuer)) \($0)" })
        case "KEPALA", "SEKRETARIS", "DIREKTUR": return ("instansi-pusat", place)
        default:
            // Peraturan Daerah and the like: the region is named in the name or the subject.
            return from(title: [name, subject].compactMap { $0 }.joined(separator: " "))
        }
    }

    static func from(title: String) -> (level: String?, institution: String?) {
        let words = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" }).map(String.init)
        let markers: [(String, String, String)] = [("kabupaten", "kabupaten", "Kabupaten"), ("kota", "kota", "Kota"),
                                                   ("provinsi", "provinsi", "Provinsi"),
                                                   ("kementerian", "instansi-pusat", "Kementerian"),
                                                   ("badan", "instansi-pusat", "Badan"),
                                                   ("lembaga", "instansi-pusat", "Lembaga")]
        for (index, word) in words.enumerated() {
            guard let marker = markers.first(where: { $0.0 == word.lowercased() }) else { continue }
            var name: [String] = []
            for next in words.dropFirst(index + 1) {
                let lower = next.lowercased()
                if stopWords.contains(lower) || next.first!.isNumber || name.count == 4 { break }
                name.append(next)
            }
            if name.isEmpty { continue }
            return (marker.1, "\(marker.2) \(titleCase(name.joined(separator: " ")))")
        }
        if TextFolding.words(of: title).contains("nasional") { return ("nasional", nil) }
        return (nil, nil)
    }

    /// Small words that stay lower case inside a name ("Komunikasi dan Informatika").
    static let connectors: Set<String> = ["dan", "di", "ke", "dari", "atau", "dan/atau", "untuk", "pada", "yang"]

    /// "BATU BARA" → "Batu Bara", "SIBER DAN SANDI NEGARA" → "Siber dan Sandi Negara"; words already
    /// in mixed case are kept.
    static func titleCase(_ text: String) -> String {
        text.split(separator: " ").enumerated().map { index, word -> String in
            let string = String(word)
            guard string == string.uppercased() else { return string }
            if index > 0, connectors.contains(string.lowercased()) { return string.lowercased() }
            return string.prefix(1) + string.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
