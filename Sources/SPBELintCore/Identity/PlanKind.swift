/// Recognises which SPBE plan a title or subject names: a Rencana Induk (master plan), an
/// Arsitektur SPBE or a Peta Rencana SPBE, in current and older (e-government) vocabulary.
enum PlanKind {
    static let masterPlan = PhraseList(["rencana induk", "master plan", "masterplan", "grand design", "e government master plan"])
    static let architecture = PhraseList(["arsitektur spbe", "arsitektur sistem", "enterprise architecture",
                                          "spbe architecture", "arsitektur"])
    static let roadmap = PhraseList(["peta rencana", "roadmap", "road map", "peta jalan"])
    static let spbe = PhraseList(["spbe", "e government", "egovernment", "e gov", "pemerintahan elektronik",
                                  "electronic government"])

    /// `rencana-induk`, `arsitektur` or `peta-rencana` when the text names one (the master plan
    /// first: "Rencana Induk ... dan Peta Rencana" is a master plan), else nil.
    static func named(in text: String) -> String? {
        let words = TextFolding.words(of: text)
        if masterPlan.matches(words) { return "rencana-induk" }
        if roadmap.matches(words) { return "peta-rencana" }
        if architecture.matches(words) { return "arsitektur" }
        return nil
    }

    /// Whether the text is about SPBE / e-government at all.
    static func mentionsSPBE(_ text: String) -> Bool {
        spbe.matches(TextFolding.words(of: text))
    }

    /// Headings of a master plan: a vision or mission chapter together with an architecture or
    /// roadmap chapter (in any vocabulary) make a `rencana-induk`; else nil.
    static let visionHeadings = PhraseList(["visi", "misi", "vision", "mission"])
    static let planHeadings = PhraseList(["arsitektur", "cetak biru", "blueprint", "peta rencana", "roadmap",
                                          "tahapan implementasi", "peta jalan", "rencana implementasi"])

    static func fromStructure(_ document: Document) -> String? {
        let headings = document.terms.headings
        let vision = headings.contains { visionHeadings.matches($0) }
        let plan = headings.contains { planHeadings.matches($0) }
        return vision && plan ? "rencana-induk" : nil
    }
}
