import SPBELintCore

/// A citation without its confidence suffix ("Perpres 95/2018 Pasal 19 ayat (1)"); reports show the
/// confidence next to it.
enum CitationText {
    static func plain(_ citation: Citation) -> String {
        var text = "\(citation.instrument) \(citation.article)"
        if let paragraph = citation.paragraph, !paragraph.isEmpty { text += " \(paragraph)" }
        return text
    }
}
