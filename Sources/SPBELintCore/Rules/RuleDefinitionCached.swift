/// Hand-written decoders of a cached `rule.yml` (see `CachedFields`): the same values as `Codable`
/// through `CachedValueDecoder` gives (a test compares them for every shipped rule).
extension RuleDefinition {
    init(cached value: CachedValue) throws {
        let fields = try CachedFields(value, allowed: CodingKeys.self)
        id = try fields.string("id")
        kind = try fields.string("kind")
        severity = try CachedRead.raw(try fields.required("severity"))
        basis = try fields["basis"].map { try CachedRead.raw($0) }
        area = try fields.string("area")
        citations = try CachedRead.array(try fields.required("citations"), Citation.init(cached:))
        indicators = try fields["indicators"].map { try CachedRead.array($0, IndicatorLink.init(cached:)) }
        profiles = try fields["profiles"].map { try CachedRead.array($0) { try CachedRead.raw($0) } }
        documents = try fields.optionalStrings("documents")
        enacts = try fields.optionalStrings("enacts")
        message = try LocalizedText(cached: try fields.required("message"))
        description = try fields["description"].map(LocalizedText.init(cached:))
        variants = try fields["variants"].map { try CachedRead.array($0, RuleVariantDefinition.init(cached:)) }
        requires = try fields.optionalStrings("requires")
        termLabels = try fields["termLabels"].map { labels in
            var result: [String: LocalizedText] = [:]
            for pair in try CachedFields(labels).pairs {
                if pair.value.isNull { throw CachedRead.failure("null label") }
                result[pair.key] = try LocalizedText(cached: pair.value)
            }
            return result
        }
    }
}

extension RuleVariantDefinition {
    init(cached value: CachedValue) throws {
        let fields = try CachedFields(value, allowed: CodingKeys.self)
        profiles = try fields["profiles"].map { try CachedRead.array($0) { try CachedRead.raw($0) } }
        documents = try fields.optionalStrings("documents")
        severity = try CachedRead.raw(try fields.required("severity"))
        basis = try CachedRead.raw(try fields.required("basis"))
        citations = try fields["citations"].map { try CachedRead.array($0, Citation.init(cached:)) }
        requires = try fields.optionalStrings("requires")
    }
}

extension LocalizedText {
    /// As the synthesized decoder: `id` and `en`, other keys ignored.
    init(cached value: CachedValue) throws {
        let fields = try CachedFields(value)
        self.init(id: try fields.string("id"), en: try fields.string("en"))
    }
}

extension Citation {
    /// As the synthesized decoder: other keys ignored.
    init(cached value: CachedValue) throws {
        let fields = try CachedFields(value)
        self.init(instrument: try fields.string("instrument"), article: try fields.string("article"),
                  paragraph: try fields.optionalString("paragraph"), confidence: try CachedRead.raw(try fields.required("confidence")),
                  note: try fields.optionalString("note"))
    }
}

extension IndicatorLink {
    /// As the synthesized decoder: other keys ignored.
    init(cached value: CachedValue) throws {
        let fields = try CachedFields(value)
        self.init(framework: try fields.string("framework"), number: try CachedRead.int(try fields.required("number")))
    }
}
