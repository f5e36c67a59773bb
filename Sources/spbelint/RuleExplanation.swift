import Foundation
import SPBELintCore

/// The text `spbelint explain` prints for one rule.
struct RuleExplanation {
    let rule: Rule
    let language: Language
    /// A regulation whose text is shown beside the citations that name it.
    var regulation: RegulationText?

    var text: String {
        let en = language == .en
        var lines = ["\(rule.id)  [\(rule.pack)]", ""]
        lines.append("\(en ? "Message" : "Pesan"): \(rule.message.text(in: language))")
        if let description = rule.description { lines += ["", description.text(in: language)] }
        lines.append("")
        lines.append("\(en ? "Kind" : "Jenis pemeriksaan"): \(rule.kind)")
        lines.append("\(en ? "Severity" : "Tingkat"): \(rule.severity.rawValue)")
        lines.append("\(en ? "Legal force" : "Kekuatan hukum"): "
                     + LegalForceText.render(basis: rule.basis, citations: rule.citations, language: language))
        for variant in rule.variants {
            lines.append("  \(en ? "but" : "tetapi") \(variant.scopeDescription(in: language))"
                         + (variant.citations.map { ": " + $0.map { $0.rendered(in: language) }.joined(separator: "; ") } ?? ""))
        }
        lines.append("  " + Self.tierMeaning(rule.basis, language: language))
        if !rule.requires.isEmpty {
            let list = rule.requires.map { "\($0.name) (\($0.inForce.spelled(in: language)))" }.joined(separator: ", ")
            lines.append(en ? "Applies to documents dated on or after: \(list)" : "Berlaku bagi dokumen bertanggal sejak: \(list)")
        }
        lines.append("\(en ? "Area" : "Area"): \(rule.area.rawValue)")
        let profiles = rule.profiles.isEmpty ? (en ? "all" : "semua") : rule.profiles.map(\.rawValue).joined(separator: ", ")
        lines.append("\(en ? "Profiles" : "Profil"): \(profiles)")
        lines.append("\(en ? "Citations" : "Rujukan"):")
        for citation in rule.citations {
            var line = "  - \(citation.rendered(in: language)) [\(citation.confidence.rawValue)]"
            if let note = citation.note { line += ": \(note)" }
            lines.append(line)
            if let regulation, regulation.instrument.matches(citation.instrument) {
                switch regulation.resolve(citation) {
                case .found(let text, let position):
                    lines.append("      \(regulation.path):\(position.line):\(position.column): \"\(RegulationText.excerpt(text))\"")
                case .missing(let reason):
                    lines.append("      \(regulation.path): \(en ? "not found" : "tidak ditemukan"): \(reason.text(in: language))")
                case .unsupported:
                    lines.append("      \(regulation.path): \(en ? "this form of article is not understood" : "bentuk rujukan pasal ini tidak dikenali")")
                }
            }
        }
        if !rule.indicators.isEmpty {
            let list = rule.indicators.map { "\($0.framework) #\($0.number)" }.joined(separator: ", ")
            lines.append("\(en ? "Indicators" : "Indikator"): \(list)")
        }
        if let options = rule.optionsYAML {
            lines.append("\(en ? "Options" : "Opsi"):")
            lines.append(contentsOf: options.split(separator: "\n").map { "  \($0)" })
        }
        if !rule.concepts.isEmpty {
            lines.append("\(en ? "Concepts (any of these terms, through affixes and spelling variants)" : "Konsep (salah satu istilah ini, termasuk bentuk berimbuhan dan variasi ejaan)"):")
            for concept in rule.concepts {
                lines.append("  \(concept.id): \(concept.label.text(in: language))")
                for (category, phrases) in concept.terms where !phrases.isEmpty {
                    lines.append("    \(Self.categoryName(category, english: en)): \(phrases.joined(separator: "; "))")
                }
                if !concept.includes.isEmpty {
                    lines.append("    \(en ? "includes" : "mencakup"): \(concept.includes.joined(separator: ", "))")
                }
            }
        }
        for example in rule.examples {
            lines.append("")
            lines.append("--- \(example.lastPathComponent) ---")
            lines.append(ExampleText.withoutMarkers((try? String(contentsOf: example, encoding: .utf8)) ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// How `explain` names a lexicon category.
    static func categoryName(_ category: String, english: Bool) -> String {
        switch category {
        case "id": return english ? "Indonesian" : "bahasa Indonesia"
        case "en": return english ? "English" : "bahasa Inggris"
        case "older": return english ? "older vocabulary" : "istilah lama"
        case "abbreviations": return english ? "abbreviations" : "singkatan"
        case "standards": return english ? "standards" : "standar"
        case "descriptions": return english ? "described as" : "uraian fungsi"
        default: return category
        }
    }

    /// What the three tiers mean, for the reader of `explain`.
    static func tierMeaning(_ basis: LegalBasis, language: Language) -> String {
        switch (basis, language) {
        case (.kewajiban, .id): return "Kewajiban: pasal yang terkonfirmasi mewajibkannya bagi jenis dan tingkat dokumen ini (error)."
        case (.kewajiban, .en): return "Obligation: a confirmed article requires it of this kind and level of document (error)."
        case (.kriteriaEvaluasi, .id): return "Kriteria evaluasi: tanpa ini, indikator Permenpan RB tertahan pada tingkat tertentu (warning)."
        case (.kriteriaEvaluasi, .en): return "Evaluation criterion: without it, a Permenpan RB indicator stays at a lower level (warning)."
        case (.praktikBaik, .id): return "Praktik baik: tidak diwajibkan, tetapi diharapkan evaluator dan penyusun yang cermat (info)."
        case (.praktikBaik, .en): return "Good practice: not required, but evaluators and careful drafters expect it (info)."
        }
    }
}
