/// The field names a self-assessment file may use, in English or Indonesian.
enum AssessmentKeys {
    static let institution = ["institution", "instansi"]
    static let year = ["year", "tahun"]
    static let framework = ["framework", "kerangka"]
    static let target = ["target"]
    static let indicators = ["indicators", "indikator"]
    static let indicator = ["indicator", "indikator"]
    static let level = ["level", "tingkat"]
    static let evidence = ["evidence", "bukti"]
    static let note = ["note", "catatan"]

    static let topLevel = institution + year + framework + target + indicators
    static let entry = level + evidence + note

    /// The canonical (English) name of a key, or nil when it is not one of `allowed`.
    static func canonical(_ key: String, among allowed: [String]) -> String? {
        let lowered = key.lowercased()
        for group in [institution, year, framework, target, indicators, level, evidence, note, indicator]
        where group.contains(lowered) && allowed.contains(lowered) {
            return group[0]
        }
        return nil
    }
}
