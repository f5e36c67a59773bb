/// A document's identity in one line of words, as spbelint understood it:
/// "Rencana Induk SPBE, Kabupaten X, 2019-2024, ditetapkan 2 Oktober 2019".
public enum IdentitySummary {
    static func kindName(_ kind: String?, level: String? = nil, language: Language) -> String {
        let en = language == .en
        let head = ["kabupaten": ("Bupati", "Regent"), "kota": ("Wali Kota", "Mayor"), "provinsi": ("Gubernur", "Governor")][level ?? ""]
        switch kind {
        case "perkada" where head != nil: return en ? "\(head!.1)'s Regulation (Peraturan \(head!.0))" : "Peraturan \(head!.0)"
        case "keputusan" where head != nil: return en ? "\(head!.1)'s Decree (Keputusan \(head!.0))" : "Keputusan \(head!.0)"
        default:
            return kind.flatMap { DocumentKind.displayName($0, in: language) }
                ?? (en ? "document of unknown kind" : "dokumen yang jenisnya tidak terbaca")
        }
    }

    public static func line(for document: Document, language: Language) -> String {
        let en = language == .en
        let metadata = document.metadata
        let form = metadata["bentuk"]?.value
        var parts = [form.flatMap { document.kind.map(DocumentKind.instruments.contains) == true && language == .id ? $0 : nil }
                     ?? kindName(document.kind, level: metadata.level, language: language)]
        if let number = metadata.number { parts[0] += (en ? " No. " : " Nomor ") + number }
        if let plan = metadata.enacts, DocumentKind.plans.contains(plan) {
            parts[0] += (en ? " enacting the " : " yang menetapkan ") + kindName(plan, language: language)
        }
        if let institution = metadata.institution {
            parts.append(institution)
        } else if document.profile != .unknown {
            parts.append(document.profile.rawValue)
        }
        if let period = metadata.period { parts.append("\(period.start)-\(period.end)") }
        if let date = metadata.enactmentDate {
            parts.append((en ? "enacted " : "ditetapkan ") + date.spelled(in: language))
        } else if metadata.status == "rancangan" {
            parts.append(en ? "draft" : "rancangan")
        }
        if let lampiran = document.parts.last, lampiran.role == "lampiran" {
            let at = SourcePosition(line: lampiran.startLine, column: 1, page: lampiran.startPage).words(in: document.path)
            parts.append(en ? "Lampiran from \(at.en)" : "Lampiran mulai \(at.id)")
        }
        return parts.joined(separator: ", ")
    }
}
