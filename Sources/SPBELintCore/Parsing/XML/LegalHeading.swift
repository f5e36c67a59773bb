/// Builds Indonesian legal headings ("BAB I KETENTUAN UMUM", "Bagian Kesatu Umum", "Pasal 5", "(1)")
/// from a structural element's kind, number and title.
enum LegalHeading {
    /// The word Indonesian drafting puts before a bare number, per element kind.
    static let prefixes: [String: String] = [
        "chapter": "BAB", "article": "Pasal", "section": "Bagian", "part": "Bagian",
        "subsection": "Paragraf", "book": "Buku", "title": "Judul",
    ]

    /// The heading and its numbering; nil when the element has neither number nor title.
    static func make(kind: String, number: String?, title: String?) -> (heading: String, numbering: String?)? {
        let title = title?.collapsingXMLSpace() ?? ""
        var numbering = number?.collapsingXMLSpace() ?? ""
        if let prefix = prefixes[kind], !numbering.isEmpty,
           !numbering.lowercased().hasPrefix(prefix.lowercased()) {
            numbering = "\(prefix) \(numbering)"
        }
        if numbering.isEmpty && title.isEmpty { return nil }
        if numbering.isEmpty { return (title, nil) }
        return (title.isEmpty ? numbering : "\(numbering) \(title)", numbering)
    }
}
