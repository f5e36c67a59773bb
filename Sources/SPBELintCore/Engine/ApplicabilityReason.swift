/// Why a rule does not apply to a document, in words, for coverage: the kinds, profile or enacted
/// plan it is for, against what the document is ("Berlaku untuk Peta Rencana SPBE; dokumen ini
/// Rencana Induk SPBE.").
enum ApplicabilityReason {
    static func text(for rule: Rule, document: Document) -> LocalizedText? {
        made(for: rule, document: document).map(shared)
    }

    /// The same reasons recur in every document of a folder: each text is kept once per run, so
    /// that the coverage of thousands of documents does not hold thousands of copies.
    private static let texts = RunCache<String, LocalizedText>(limit: 10_000)

    private static func shared(_ text: LocalizedText) -> LocalizedText {
        texts.value(for: text.id + "\u{1F}" + text.en) { text }
    }

    private static func made(for rule: Rule, document: Document) -> LocalizedText? {
        if !rule.applies(to: document.profile) {
            let wanted = rule.profiles.map(\.rawValue).joined(separator: ", ")
            return LocalizedText(id: "Berlaku untuk profil \(wanted); profil dokumen ini \(document.profile.rawValue).",
                                 en: "Applies to the profile \(wanted); this document's profile is \(document.profile.rawValue).")
        }
        if !rule.enacts.isEmpty, !(document.metadata.enacts.map(rule.enacts.contains) ?? false) {
            let wanted = names(rule.enacts)
            return LocalizedText(id: "Berlaku untuk peraturan yang menetapkan \(wanted.id).",
                                 en: "Applies to a regulation that enacts \(wanted.en).")
        }
        guard !rule.documentKinds.isEmpty else { return nil }
        let wanted = names(rule.documentKinds)
        var this = document.kind.map { names([$0]) }
        if let plan = document.metadata.enacts, let kind = document.kind, DocumentKind.instruments.contains(kind) {
            let enacted = names([plan])
            this = this.map { (id: "\($0.id) yang menetapkan \(enacted.id)", en: "\($0.en) enacting the \(enacted.en)") }
        }
        return LocalizedText(
            id: "Berlaku untuk \(wanted.id); dokumen ini \(this?.id ?? "jenisnya tidak terbaca").",
            en: "Applies to \(wanted.en); this document is \(this?.en ?? "of an unknown kind").")
    }

    private static func names(_ kinds: [String]) -> (id: String, en: String) {
        (kinds.map { DocumentKind.displayName($0, in: .id) ?? $0 }.joined(separator: ", "),
         kinds.map { DocumentKind.displayName($0, in: .en) ?? $0 }.joined(separator: ", "))
    }
}
