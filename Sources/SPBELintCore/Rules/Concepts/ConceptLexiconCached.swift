import Foundation

/// Hand-written decoders of a cached `concepts.yml` and of phrase lists in cached rule options
/// (see `CachedFields`): the same values as `Codable` through `CachedValueDecoder` gives.
extension LexiconDefinition {
    init(cached value: CachedValue) throws {
        let fields = try CachedFields(value, allowed: CodingKeys.self)
        concepts = try CachedFields(try fields.required("concepts")).pairs.map { pair in
            let entry = try ConceptDefinition(cached: pair.value)
            var concept = Concept(id: pair.key, label: entry.label, termsByCategory: entry.terms, includes: entry.includes)
            concept.excludes = entry.excludes
            return concept
        }
        concepts.sort { $0.id < $1.id }
    }
}

extension ConceptDefinition {
    init(cached value: CachedValue) throws {
        let fields = try CachedFields(value, allowed: CodingKeys.self)
        label = try LocalizedText(cached: try fields.required("label"))
        for key in [CodingKeys.id, .en, .older, .abbreviations, .standards, .descriptions] {
            if let phrases = try fields.optionalStrings(key.stringValue) { terms[key.stringValue] = phrases }
        }
        includes = try fields.optionalStrings("includes") ?? []
        excludes = try fields.optionalStrings("excludes") ?? []
        if namesNothing {
            throw CachedRead.failure("a concept needs at least one term or include")
        }
    }
}

extension PhraseEntry {
    init(cached value: CachedValue) throws {
        if case .string(let phrase) = value {
            self = .phrase(phrase)
            return
        }
        self = .concept(try CachedFields(value, allowed: CodingKeys.self).string("concept"))
    }
}

extension LexiconDefinition {
    /// The definition in a cache entry's bytes.
    init(cachedBytes data: Data) throws {
        guard let value = CachedValue(bytes: data) else { throw CachedRead.failure("damaged cache entry") }
        try self.init(cached: value)
    }
}
