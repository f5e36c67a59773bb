import SPBELintCore

/// The one-line answer a head of office reads first: can this document be enacted as it is?
public enum Verdict: String, Sendable, CaseIterable {
    /// At least one obligation is not met.
    case notReady = "belum-siap"
    /// Every obligation is met (or nothing wrong was found), but evaluation criteria or good
    /// practice are not, or the document could not be read cleanly.
    case readyWithNotes = "siap-dengan-catatan"
    /// Every applicable requirement is met or nothing wrong was found.
    case ready = "siap"
    /// No obligation applies to the document, so readiness cannot be judged from it.
    case notAssessed = "tidak-dinilai"

    /// The verdict from a document's tiers and whether its text had reading problems.
    public init(obligations: TierCount, others: [TierCount], readingProblems: Bool) {
        if obligations.notMet > 0 {
            self = .notReady
        } else if obligations.applicable == 0 {
            self = .notAssessed
        } else if readingProblems || others.contains(where: { $0.notMet > 0 }) {
            self = .readyWithNotes
        } else {
            self = .ready
        }
    }

    /// "Belum siap ditetapkan" / "Not ready for enactment".
    public var name: LocalizedText {
        switch self {
        case .notReady: return LocalizedText(id: "Belum siap ditetapkan", en: "Not ready for enactment")
        case .readyWithNotes: return LocalizedText(id: "Siap ditetapkan dengan catatan", en: "Ready for enactment, with notes")
        case .ready: return LocalizedText(id: "Siap ditetapkan", en: "Ready for enactment")
        case .notAssessed: return LocalizedText(id: "Belum dapat dinilai", en: "Cannot be assessed")
        }
    }

    /// The CSS class and colour band of the verdict.
    var band: String {
        switch self {
        case .notReady: return "poor"
        case .readyWithNotes: return "fair"
        case .ready: return "good"
        case .notAssessed: return "not-applicable"
        }
    }
}
