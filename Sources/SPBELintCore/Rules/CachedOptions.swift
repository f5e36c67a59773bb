/// The checks of the most used rule kinds built from cached options decoded by hand (see
/// `CachedFields`): `required-terms` (about half the shipped rules) and `required-section`. Other
/// kinds decode their cached options through `Codable` (`CachedValueDecoder`).
enum CachedOptions {
    /// The check, or nil when the kind's options are not decoded by hand.
    static func check<K: RuleKind>(_ kind: K.Type, options: CachedValue,
                                   userInfo: [CodingUserInfoKey: any Sendable]) throws -> (any RuleCheck)? {
        let lexicon = userInfo[ConceptLexicon.userInfoKey] as? ConceptLexicon ?? ConceptLexicon()
        let usage = userInfo[ConceptLexicon.usageKey] as? ConceptUsage
        func phrases(_ value: CachedValue) throws -> PhraseList { try PhraseList(cached: value, lexicon: lexicon, usage: usage) }
        switch K.name {
        case RequiredTerms.name:
            return try RequiredTerms(options: RequiredTerms.Options(cached: options, phrases: phrases))
        case RequiredSection.name:
            return try RequiredSection(options: RequiredSection.Options(cached: options, phrases: phrases))
        default:
            return nil
        }
    }
}

extension RequiredTerms.Options {
    init(cached value: CachedValue, phrases: (CachedValue) throws -> PhraseList) throws {
        let fields = try CachedFields(value, allowed: CodingKeys.self)
        scope = try fields["scope"].map(phrases)
        allOf = try fields["allOf"].map { try CachedRead.array($0, phrases) }
        anyOf = try fields["anyOf"].map(phrases)
        fallbackToDocument = try fields.optionalBool("fallbackToDocument")
        includeYearTables = try fields.optionalBool("includeYearTables")
        evidence = try fields["evidence"].map { try CachedRead.raw($0) }
        together = try fields.optionalBool("together")
        widen = try fields.optionalBool("widen")
        levels = try fields["levels"].map(MaturityLevels.init(cached:))
        combine = try fields.optionalBool("combine")
        scopeAlso = try fields["scopeAlso"].map { try CachedRead.array($0, phrases) }
    }
}

extension RequiredSection.Options {
    init(cached value: CachedValue, phrases: (CachedValue) throws -> PhraseList) throws {
        let fields = try CachedFields(value, allowed: CodingKeys.self)
        headings = try phrases(try fields.required("headings"))
        within = try fields["within"].map(phrases)
        near = try fields["near"].map(phrases)
        minWords = try fields["minWords"].map(CachedRead.int)
    }
}

extension MaturityLevels {
    /// `true`/`false`, or one `{id, en}` per level after the first.
    init(cached value: CachedValue) throws {
        if case .bool(let flag) = value {
            self.init(enabled: flag)
        } else {
            self.init(enabled: true, consequences: try CachedRead.array(value, LocalizedText.init(cached:)))
        }
    }
}
