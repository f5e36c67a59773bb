/// How sure the project is of a cited article: read in the text, secondary, or unconfirmed.
public enum Confidence: String, Sendable, Codable, CaseIterable {
    case confirmed, secondary, unconfirmed
}

/// The provision a rule enforces: instrument, article (and paragraph), and confidence.
public struct Citation: Sendable, Codable, Hashable {
    public var instrument: String
    public var article: String
    public var paragraph: String?
    public var confidence: Confidence
    /// Why the confidence is what it is, or where the fact comes from.
    public var note: String?

    public init(instrument: String, article: String, paragraph: String? = nil, confidence: Confidence, note: String? = nil) {
        self.instrument = instrument
        self.article = article
        self.paragraph = paragraph
        self.confidence = confidence
        self.note = note
    }

    /// "Perpres 95/2018 Pasal 19 ayat (2)", with "(belum terkonfirmasi)" when unconfirmed.
    public func rendered(in language: Language) -> String {
        var text = "\(instrument) \(article)"
        if let paragraph, !paragraph.isEmpty { text += " \(paragraph)" }
        switch confidence {
        case .confirmed: break
        case .secondary: text += language == .en ? " (secondary source)" : " (sumber sekunder)"
        case .unconfirmed: text += language == .en ? " (unconfirmed)" : " (belum terkonfirmasi)"
        }
        return text
    }
}

/// A link from a rule to an evaluation indicator that a gap in its area lowers.
public struct IndicatorLink: Sendable, Codable, Hashable {
    public var framework: String
    public var number: Int

    public init(framework: String, number: Int) {
        self.framework = framework
        self.number = number
    }
}
