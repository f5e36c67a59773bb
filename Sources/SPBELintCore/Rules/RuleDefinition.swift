/// The keys of a `rule.yml` file as written, before its kind and options are resolved.
struct RuleDefinition: Decodable {
    var id: String
    var kind: String
    var severity: Severity
    /// The legal force (`kewajiban`, `kriteria-evaluasi`, `praktik-baik`); read from the severity when absent.
    var basis: LegalBasis?
    var area: String
    var citations: [Citation]
    var indicators: [IndicatorLink]?
    var profiles: [Profile]?
    var documents: [String]?
    /// Plans an instrument must enact (as its Lampiran) for the rule to apply.
    var enacts: [String]?
    var message: LocalizedText
    var description: LocalizedText?
    /// Other tiers for some profiles or document kinds.
    var variants: [RuleVariantDefinition]?
    /// Ids of instruments (`instruments.yml`) the rule asks a document to cite or follow.
    var requires: [String]?
    /// Display labels for the search terms a kind puts in `{placeholders}`, by the term as written.
    var termLabels: [String: LocalizedText]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, severity, basis, area, citations, indicators, profiles, documents, enacts, message, description,
             variants, requires, termLabels, options
    }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(String.self, forKey: .kind)
        severity = try container.decode(Severity.self, forKey: .severity)
        basis = try container.decodeIfPresent(LegalBasis.self, forKey: .basis)
        area = try container.decode(String.self, forKey: .area)
        citations = try container.decode([Citation].self, forKey: .citations)
        indicators = try container.decodeIfPresent([IndicatorLink].self, forKey: .indicators)
        profiles = try container.decodeIfPresent([Profile].self, forKey: .profiles)
        documents = try container.decodeIfPresent([String].self, forKey: .documents)
        enacts = try container.decodeIfPresent([String].self, forKey: .enacts)
        message = try container.decode(LocalizedText.self, forKey: .message)
        description = try container.decodeIfPresent(LocalizedText.self, forKey: .description)
        variants = try container.decodeIfPresent([RuleVariantDefinition].self, forKey: .variants)
        requires = try container.decodeIfPresent([String].self, forKey: .requires)
        termLabels = try container.decodeIfPresent([String: LocalizedText].self, forKey: .termLabels)
    }
}

/// The keys of a pack's `pack.yml`.
struct PackDefinition: Decodable {
    var id: String
    var title: LocalizedText
    var version: String
    var description: LocalizedText?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, version, description
    }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(LocalizedText.self, forKey: .title)
        version = try container.decode(String.self, forKey: .version)
        description = try container.decodeIfPresent(LocalizedText.self, forKey: .description)
    }
}
