/// The spellings people write in front matter, mapped to spbelint's canonical keys and values
/// (`title` → `judul`, `kind: master-plan` → `jenis: rencana-induk`, `level: regency` → `kabupaten`).
enum MetadataAliases {
    static let keys: [String: String] = [
        "title": "judul", "kind": "jenis", "type": "jenis", "document-kind": "jenis", "jenis-dokumen": "jenis",
        "institution": "instansi", "agency": "instansi", "pemerintah": "instansi",
        "level": "tingkat", "tier": "tingkat", "period": "periode", "periode-perencanaan": "periode",
        "profile": "profil", "number": "nomor", "no": "nomor",
        "date": "tanggal-penetapan", "enacted": "tanggal-penetapan", "tanggal": "tanggal-penetapan",
        "ditetapkan": "tanggal-penetapan", "enactment-date": "tanggal-penetapan", "adopted": "tanggal-penetapan",
        "enactment": "penetapan", "enacted-by": "penetapan", "enacts": "menetapkan",
    ]

    static let kinds: [String: String] = [
        "rencana-induk": "rencana-induk", "rencana-induk-spbe": "rencana-induk", "rencana induk": "rencana-induk",
        "rencana induk spbe": "rencana-induk", "master-plan": "rencana-induk", "masterplan": "rencana-induk",
        "master plan": "rencana-induk", "ri-spbe": "rencana-induk",
        "arsitektur": "arsitektur", "arsitektur-spbe": "arsitektur", "architecture": "arsitektur",
        "peta-rencana": "peta-rencana", "peta-rencana-spbe": "peta-rencana", "peta rencana": "peta-rencana",
        "roadmap": "peta-rencana",
        "perkada": "perkada", "perbup": "perkada", "perwal": "perkada", "perwali": "perkada", "pergub": "perkada",
        "peraturan-bupati": "perkada", "peraturan-wali-kota": "perkada", "peraturan-walikota": "perkada",
        "peraturan-gubernur": "perkada", "peraturan-kepala-daerah": "perkada",
        "keputusan": "keputusan", "kepbup": "keputusan", "kepwal": "keputusan", "kepgub": "keputusan",
        "keputusan-kepala-daerah": "keputusan", "decree": "keputusan", "sk": "keputusan",
        "regulasi": "regulasi", "regulation": "regulasi", "perpres": "regulasi", "permen": "regulasi",
        "perda": "regulasi", "peraturan": "regulasi",
    ]

    static let levels: [String: String] = [
        "regency": "kabupaten", "kab": "kabupaten", "city": "kota", "municipality": "kota",
        "province": "provinsi", "prov": "provinsi", "national": "nasional", "ministry": "instansi-pusat",
        "agency": "instansi-pusat", "kementerian": "instansi-pusat", "lembaga": "instansi-pusat",
        "instansi pusat": "instansi-pusat", "central": "instansi-pusat", "regional": "pemda",
        "pemerintah daerah": "pemda", "local": "pemda",
    ]

    /// The canonical key and value of a front-matter pair, and a note when the spelling was not canonical.
    static func canonical(key: String, value: String) -> (key: String, value: String, note: String?) {
        let lowerKey = key.lowercased()
        let canonicalKey = keys[lowerKey] ?? lowerKey
        var canonicalValue = value
        let folded = value.trimmingCharacters(in: .whitespaces).lowercased()
        switch canonicalKey {
        case "jenis": canonicalValue = kinds[folded] ?? kinds[folded.replacingOccurrences(of: " ", with: "-")] ?? value
        case "tingkat": canonicalValue = levels[folded] ?? value
        case "status":
            if ["draft", "draf", "konsep", "rancangan"].contains(folded) { canonicalValue = "rancangan" }
            if ["enacted", "adopted", "ditetapkan", "final"].contains(folded) { canonicalValue = folded == "final" ? "final" : "ditetapkan" }
        default: break
        }
        let changed = canonicalKey != key || canonicalValue != value
        let note = changed ? "\(key): \(value) → \(canonicalKey): \(canonicalValue)" : nil
        return (canonicalKey, canonicalValue, note)
    }
}

import Foundation
