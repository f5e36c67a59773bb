/// Reads cached value trees for the hand-written `init(cached:)` decoders of the rule files' most
/// frequent types (rules, citations, texts, phrase lists). They decode what `Codable` through
/// `CachedValueDecoder` decodes, with the same strictness, but without generic coding containers:
/// each of those costs a tiny run a scan of every protocol conformance in the program the first
/// time it meets a type. Any error only sends the loader back to the YAML text (see `RuleFileCache`).
struct CachedFields {
    let pairs: [(key: String, value: CachedValue)]

    /// The members of a mapping.
    init(_ value: CachedValue) throws {
        guard case .object(let pairs) = value else { throw CachedRead.failure("not a mapping") }
        self.pairs = pairs
    }

    /// The members of a mapping whose keys must all be among `allowed` (as `StrictKeys` checks them).
    init<Keys: CodingKey>(_ value: CachedValue, allowed: Keys.Type) throws {
        try self.init(value)
        for pair in pairs where Keys(stringValue: pair.key) == nil { throw CachedRead.failure("unknown key '\(pair.key)'") }
    }

    /// The value of a key, nil when absent or null (as `decodeIfPresent` reads it).
    subscript(_ key: String) -> CachedValue? {
        for pair in pairs where pair.key == key { return pair.value.isNull ? nil : pair.value }
        return nil
    }

    /// The value of a key that must be there (null is not a value, as for `decode`).
    func required(_ key: String) throws -> CachedValue {
        guard let value = self[key] else { throw CachedRead.failure("no value for '\(key)'") }
        return value
    }

    func string(_ key: String) throws -> String { try CachedRead.string(try required(key)) }
    func optionalString(_ key: String) throws -> String? { try self[key].map(CachedRead.string) }
    func optionalBool(_ key: String) throws -> Bool? { try self[key].map(CachedRead.bool) }
    func optionalStrings(_ key: String) throws -> [String]? { try self[key].map { try CachedRead.array($0, CachedRead.string) } }
}

extension CachedValue {
    /// Whether the value is YAML's null.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// Scalars and lists of cached values, strict as `JSONDecoder`.
enum CachedRead {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func failure(_ message: String) -> Failure { Failure(description: message) }

    static func string(_ value: CachedValue) throws -> String { try CachedScalar.string(value, []) }
    static func bool(_ value: CachedValue) throws -> Bool { try CachedScalar.bool(value, []) }
    static func int(_ value: CachedValue) throws -> Int { try CachedScalar.integer(value, []) }

    /// A string enumeration from its raw value.
    static func raw<T: RawRepresentable>(_ value: CachedValue, as type: T.Type = T.self) throws -> T where T.RawValue == String {
        guard let result = T(rawValue: try string(value)) else { throw failure("not a valid \(T.self)") }
        return result
    }

    /// A sequence, each item read by `item` (a null item is an error, as for `[T]`).
    static func array<T>(_ value: CachedValue, _ item: (CachedValue) throws -> T) throws -> [T] {
        guard case .array(let items) = value else { throw failure("not a sequence") }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for element in items {
            if element.isNull { throw failure("null in a sequence") }
            result.append(try item(element))
        }
        return result
    }
}
