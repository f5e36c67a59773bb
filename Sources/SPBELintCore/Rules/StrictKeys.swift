/// A coding key that accepts any name, used to see every key a YAML mapping holds.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// Rejects mapping keys a type does not know, so that a typo in a rule file is an error.
public enum StrictKeys {
    /// Throws a `DecodingError` whose coding path ends at the first unknown key.
    public static func check<Keys: CodingKey & CaseIterable>(_ decoder: any Decoder, allowed: Keys.Type) throws {
        // The rule cache's decoder: its keys are at hand, and any error sends the loader back to the YAML.
        if let cached = decoder as? CachedValueDecoder, case .object(let pairs) = cached.value {
            for pair in pairs where Keys(stringValue: pair.key) == nil {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown key '\(pair.key)'"))
            }
            return
        }
        let names = Set(Keys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !names.contains(key.stringValue) {
            let known = names.sorted().joined(separator: ", ")
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [key],
                debugDescription: "unknown key '\(key.stringValue)' (known: \(known))"))
        }
    }
}
