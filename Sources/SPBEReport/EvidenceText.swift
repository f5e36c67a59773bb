import SPBELintCore

/// Where a met requirement is met, for people: the section and line, or, when the document's
/// identity meets it (no section), the identity values it rests on with their lines. A short quote
/// of the line, when the analysis gives one, slots in after the place.
enum EvidenceText {
    static func html(_ requirement: RequirementResult, _ document: DocumentGap, _ strings: ReportStrings) -> String {
        let e = HTMLText.escape
        guard let heading = requirement.evidenceHeading else {
            let fields = identityFields(for: requirement, in: document)
            guard !fields.isEmpty else { return e(strings.metadata) }
            return e(strings.identityEvidence) + ": " + fields.map { field in
                "\(e(field.key)) «\(e(clipped(field.value)))» <span class=\"muted\">(\(e(strings.line)) \(field.position.line)"
                    + (field.origin == .text ? ", \(e(strings.readFromText))" : "") + ")</span>"
            }.joined(separator: "; ")
        }
        var text = e(heading)
        if let position = requirement.evidencePosition { text += " <span class=\"muted\">(\(e(strings.line)) \(position.line))</span>" }
        return text
    }

    static func plain(_ requirement: RequirementResult, _ document: DocumentGap, _ strings: ReportStrings) -> String {
        guard let heading = requirement.evidenceHeading else {
            let fields = identityFields(for: requirement, in: document)
            guard !fields.isEmpty else { return strings.metadata }
            return strings.identityEvidence + ": " + fields.map { field in
                "\(field.key) «\(clipped(field.value))» (\(strings.line) \(field.position.line)"
                    + (field.origin == .text ? ", \(strings.readFromText)" : "") + ")"
            }.joined(separator: "; ")
        }
        return heading + (requirement.evidencePosition.map { " (\(strings.line) \($0.line))" } ?? "")
    }

    /// The identity values a requirement met by the metadata rests on: those its text names
    /// (judul, jenis, instansi, tingkat, periode, status, penetapan), else the first four.
    static func identityFields(for requirement: RequirementResult, in document: DocumentGap) -> [MetadataField] {
        let text = requirement.requirement.id.lowercased()
        let named = document.identity.filter { field in
            let stem = field.key.contains("penetapan") ? "tetap" : field.key
            return text.contains(stem)
        }
        return Array((named.isEmpty ? document.identity : named).prefix(4))
    }

    private static func clipped(_ value: String) -> String {
        value.count > 60 ? String(value.prefix(57)) + "…" : value
    }
}
