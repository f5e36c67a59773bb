/// `revoked-instruments`: a revoked regulation is not cited as if it were in force.
///
/// ## What it checks
/// In the scope (usually the legal basis), a paragraph or list item that cites one of the
/// `instruments` (any phrasing in `cites`) without saying it was revoked ("dicabut", "tidak
/// berlaku", "revoked").
///
/// ## Options
/// - `scope`: headings of the legal basis (absent = whole document; silent when absent from the
///   document unless `fallbackToDocument`).
/// - `instruments`: list of `{name, cites, revokedBy}`.
/// - `fallbackToDocument`: search the whole document when the scope is absent.
///
/// ## Where findings point
/// The list item or paragraph; `{instrument}` and `{revokedBy}` fill the message.
public struct RevokedInstruments: RuleKind {
    public static let name = "revoked-instruments"
    public static let summary = "Revoked regulations are not cited as in force."

    /// One revoked instrument and the phrasings that cite it.
    public struct Instrument: Decodable, Sendable {
        var name: String
        var cites: PhraseList
        var revokedBy: String
        enum CodingKeys: String, CodingKey, CaseIterable { case name, cites, revokedBy }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            cites = try container.decode(PhraseList.self, forKey: .cites)
            revokedBy = try container.decode(String.self, forKey: .revokedBy)
        }
    }

    public struct Options: Decodable, Sendable {
        var scope: PhraseList?
        var instruments: [Instrument]
        var fallbackToDocument: Bool?
        enum CodingKeys: String, CodingKey, CaseIterable { case scope, instruments, fallbackToDocument }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            scope = try container.decodeIfPresent(PhraseList.self, forKey: .scope)
            instruments = try container.decode([Instrument].self, forKey: .instruments)
            fallbackToDocument = try container.decodeIfPresent(Bool.self, forKey: .fallbackToDocument)
        }
    }

    let options: Options
    static let revocationWords = PhraseList(["dicabut", "mencabut", "tidak berlaku", "revoked", "revoking", "no longer in force", "telah diganti"])

    public init(options: Options) throws(RuleOptionError) {
        guard !options.instruments.isEmpty else { throw RuleOptionError("'instruments' needs at least one entry") }
        self.options = options
    }

    public func matches(in document: Document) -> [Match] {
        guard let scope = DocumentScope.resolve(options.scope, in: document,
                                                fallbackToDocument: options.fallbackToDocument ?? false) else { return [] }
        let cited = options.instruments.flatMap(\.cites.words)
        guard cited.contains(where: { document.terms.contains($0, inSections: scope.sections) }) else { return [] }
        var matches: [Match] = []
        for located in document.locatedTexts(in: scope.sections) {
            let words = TextFolding.words(of: located.text)
            for instrument in options.instruments where instrument.cites.matches(words) {
                guard !Self.revocationWords.matches(words) else { continue }
                matches.append(Match(position: located.position, section: located.section,
                                     values: ["instrument": LocalizedText(instrument.name),
                                              "revokedBy": LocalizedText(instrument.revokedBy)],
                                     key: instrument.name))
            }
        }
        return matches
    }
}
