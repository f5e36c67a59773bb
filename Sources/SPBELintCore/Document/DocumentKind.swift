/// The kinds of document (metadata `jenis`) rules can be limited to.
public enum DocumentKind {
    /// Rencana Induk (master plan), Arsitektur, Peta Rencana, Perkada, Keputusan, and a regulation.
    public static let known = ["rencana-induk", "arsitektur", "peta-rencana", "perkada", "keputusan", "regulasi"]
    /// The kinds that are SPBE plans (a Perkada or Keputusan may enact one as its Lampiran).
    public static let plans = ["rencana-induk", "arsitektur", "peta-rencana"]
    /// The kinds that are legal instruments.
    public static let instruments = ["perkada", "keputusan", "regulasi"]

    /// The kind in words ("Rencana Induk SPBE" / "SPBE master plan"), nil for an unknown value.
    public static func displayName(_ kind: String, in language: Language) -> String? {
        names[kind.lowercased().trimmingCharacters(in: .whitespaces)]?.text(in: language)
    }

    private static let names: [String: LocalizedText] = [
        "rencana-induk": LocalizedText(id: "Rencana Induk SPBE", en: "SPBE master plan"),
        "arsitektur": LocalizedText(id: "Arsitektur SPBE", en: "SPBE architecture"),
        "peta-rencana": LocalizedText(id: "Peta Rencana SPBE", en: "SPBE roadmap"),
        "perkada": LocalizedText(id: "Peraturan Kepala Daerah", en: "regional head regulation (Perkada)"),
        "keputusan": LocalizedText(id: "Keputusan", en: "decree (Keputusan)"),
        "regulasi": LocalizedText(id: "Peraturan", en: "regulation"),
    ]
}

/// A document kind as written in `--kind` or `.spbelint.yml` (`kind:`), validated against `DocumentKind.known`.
public struct DocumentKindName: Sendable, Hashable, Decodable, LosslessStringConvertible {
    public let value: String

    public init?(_ description: String) {
        let folded = description.lowercased()
        guard DocumentKind.known.contains(folded) else { return nil }
        value = folded
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let name = DocumentKindName(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "unknown document kind '\(text)' (known: \(DocumentKind.known.joined(separator: ", ")))"))
        }
        self = name
    }

    public var description: String { value }
}
