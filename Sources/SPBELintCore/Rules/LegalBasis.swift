/// The legal force behind a rule: an obligation, an evaluation criterion, or good practice.
///
/// The tier decides the default severity (`kewajiban` → error, `kriteria-evaluasi` → warning,
/// `praktik-baik` → info); a configuration may change the severity, never the tier.
public enum LegalBasis: String, Sendable, Codable, CaseIterable {
    /// An obligation a confirmed article puts on this kind of document, in force at its date.
    case kewajiban
    /// A Permenpan RB 59/2020 (or 8/2026) indicator level needs it; missing it caps the indicator.
    case kriteriaEvaluasi = "kriteria-evaluasi"
    /// Nothing requires it, but evaluators and careful drafters expect it (or it is consistency).
    case praktikBaik = "praktik-baik"

    /// The severity a rule of this tier has unless its configuration says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .kewajiban: return .error
        case .kriteriaEvaluasi: return .warning
        case .praktikBaik: return .info
        }
    }

    /// The tier a rule written before tiers existed is read as, from its severity.
    public init(severity: Severity) {
        switch severity {
        case .error: self = .kewajiban
        case .warning: self = .kriteriaEvaluasi
        case .info: self = .praktikBaik
        }
    }

    /// The tier in words, for people.
    public var name: LocalizedText {
        switch self {
        case .kewajiban: return LocalizedText(id: "kewajiban", en: "obligation")
        case .kriteriaEvaluasi: return LocalizedText(id: "kriteria evaluasi", en: "evaluation criterion")
        case .praktikBaik: return LocalizedText(id: "praktik baik", en: "good practice")
        }
    }
}
