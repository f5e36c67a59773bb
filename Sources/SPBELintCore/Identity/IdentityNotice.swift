/// The one `info` finding a document gets when spbelint could not tell its kind or level: which
/// rules it therefore skipped, and how to state what the document is.
enum IdentityNotice {
    static let ruleId = "dokumen-tidak-dikenali"

    /// Whether a rule is skipped only because the document's kind or profile is unknown.
    static func skips(_ rule: Rule, in document: Document) -> Bool {
        (!rule.documentKinds.isEmpty && document.kind == nil) || (!rule.profiles.isEmpty && document.profile == .unknown)
    }

    static func finding(for document: Document) -> Finding? {
        let kindUnknown = document.kind == nil
        let profileUnknown = document.profile == .unknown
        guard kindUnknown || profileUnknown else { return nil }
        var missingID: [String] = []
        var missingEN: [String] = []
        if kindUnknown { missingID.append("jenis dokumen"); missingEN.append("the document kind") }
        if profileUnknown { missingID.append("tingkat pemerintahan"); missingEN.append("the level of government") }
        let message = LocalizedText(
            id: "spbelint tidak dapat membaca \(missingID.joined(separator: " dan ")) dari teks; hanya aturan yang berlaku untuk semua dokumen yang dijalankan. Nyatakan dengan --kind dan --profile, atau front matter (jenis, tingkat).",
            en: "spbelint could not read \(missingEN.joined(separator: " or ")) from the text; only the rules that apply to every document were run. State it with --kind and --profile, or front matter (jenis, tingkat).")
        return BuiltInChecks.finding(ruleId, message: message, path: document.path, position: .start, key: ["identity"])
    }
}
