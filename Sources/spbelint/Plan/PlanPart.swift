import SPBELintCore

/// One part (chapter or section) of a generated master-plan skeleton.
struct PlanPart {
    var title: String
    /// What to write here, drawn from the rules that look at this part; written as comments so it
    /// never counts as the plan's own text.
    var guidance: [String] = []
    /// Sentences that state what the law itself fixes (the rules that would otherwise be errors).
    var statements: [String] = []
    /// Whether a visible "[isi: …]" line marks the part as still to write.
    var placeholder = true
    /// Whether the roadmap table (a column per year) goes here.
    var roadmap = false
    var parts: [PlanPart] = []

    init(title: String) { self.title = title }

    /// Whether a title contains one of `phrases` (case ignored).
    static func title(_ title: String, matches phrases: [String]) -> Bool {
        let title = title.lowercased()
        return phrases.contains { !$0.isEmpty && title.contains($0.lowercased()) }
    }

    /// The index path of the first part (depth first) whose title contains one of `phrases`.
    func path(matching phrases: [String]) -> [Int]? {
        for (index, part) in parts.enumerated() {
            if Self.title(part.title, matches: phrases) { return [index] }
            if let inner = part.path(matching: phrases) { return [index] + inner }
        }
        return nil
    }

    /// The part at an index path.
    subscript(path: [Int]) -> PlanPart {
        get { path.isEmpty ? self : parts[path[0]][Array(path.dropFirst())] }
        set {
            if path.isEmpty { self = newValue } else { parts[path[0]][Array(path.dropFirst())] = newValue }
        }
    }
}

/// What `spbelint init --plan` is asked for: the institution, its level and the plan period.
struct PlanRequest {
    var profile: Profile
    var institution: String
    var firstYear: Int
    var lastYear: Int
    /// `kabupaten`, `kota` or `provinsi` for a regional government; `nasional` or `instansi-pusat` otherwise.
    var level: String

    var years: [Int] { Array(firstYear...lastYear) }
    var period: String { "\(firstYear)-\(lastYear)" }
    var title: String { "Rencana Induk SPBE \(institution) Tahun \(period)" }
    /// "Pemerintah Kabupaten X" for a regional government, the name as given otherwise.
    var agency: String {
        profile == .pemda && !institution.lowercased().hasPrefix("pemerintah") ? "Pemerintah \(institution)" : institution
    }
    /// "X" for "Kabupaten X", "Kota X" or "Provinsi X".
    var placeName: String {
        for prefix in ["Pemerintah ", "Provinsi ", "Kabupaten ", "Kota "] where institution.hasPrefix(prefix) {
            return String(institution.dropFirst(prefix.count))
        }
        return institution
    }
    /// The instrument that enacts a regional plan ("Peraturan Bupati"), or nil.
    var enactingInstrument: String? {
        switch level {
        case "provinsi": return "Peraturan Gubernur"
        case "kabupaten": return "Peraturan Bupati"
        case "kota": return "Peraturan Wali Kota"
        default: return nil
        }
    }
}
