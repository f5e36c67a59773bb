import SPBELintCore

/// A document's identity as a list of facts, in words (kind, level and status named, dates spelled
/// out), leaving out the facts every document of the report shares.
struct HTMLFacts {
    let strings: ReportStrings

    /// The facts of a document as (key, label, value) in display order; `key` names the fact for
    /// `leaving`.
    static func facts(_ document: DocumentGap, _ s: ReportStrings) -> [(key: String, label: String, value: String)] {
        var rows: [(String, String, String)] = []
        if let institution = document.institution { rows.append(("instansi", s.institution, institution)) }
        if let kind = document.kind { rows.append(("jenis", s.kind, DocumentNames.kind(kind, in: s.language))) }
        if let level = document.level { rows.append(("tingkat", s.level, DocumentNames.level(level, in: s.language))) }
        if document.period != nil { rows.append(("periode", s.period, s.periodText(document.period))) }
        if let status = document.status { rows.append(("status", s.status, DocumentNames.status(status, in: s.language))) }
        if let date = document.enactmentDate { rows.append(("tanggal-penetapan", s.enactmentDate, date.spelled(in: s.language))) }
        if let version = document.version { rows.append(("versi", s.version, version)) }
        rows.append(("profil", s.profile, DocumentNames.profile(document.profile, in: s.language)))
        return rows
    }

    func render(_ document: DocumentGap, leaving shared: Set<String>) -> [String] {
        let e = HTMLText.escape
        var items = ["<dt>\(e(strings.path))</dt><dd><code>\(e(document.path))</code></dd>"]
        items += Self.facts(document, strings).filter { !shared.contains($0.key) }.map { "<dt>\(e($0.label))</dt><dd>\(e($0.value))</dd>" }
        return ["<dl class=\"facts\">"] + items + ["</dl>"]
    }
}
