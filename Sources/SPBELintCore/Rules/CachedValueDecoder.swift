import Foundation

/// Decodes `Decodable` types from a `CachedValue` tree, with the strictness of `JSONDecoder`:
/// strings only from strings, integers only from integers, booleans only from booleans, numbers
/// as `Double` from either. It does no dynamic casts or type lookups per value, which is what
/// made `JSONDecoder` the largest cost of loading cached rules. Coding paths are left empty (no
/// array per value): an error on the cached path only sends the loader back to the YAML text,
/// which reports it at its line.
struct CachedValueDecoder: Decoder {
    let value: CachedValue
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    init(_ value: CachedValue, codingPath: [any CodingKey] = [], userInfo: [CodingUserInfoKey: Any] = [:]) {
        self.value = value
        self.codingPath = codingPath
        self.userInfo = userInfo
    }

    /// Decodes a type from cache bytes (see `CachedValue`).
    static func decode<T: Decodable>(_ type: T.Type, from data: Data,
                                     userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws -> T {
        guard let value = CachedValue(bytes: data) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "damaged cache entry"))
        }
        return try T(from: CachedValueDecoder(value, userInfo: userInfo))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let pairs) = value else { throw CachedScalar.mismatch([String: Any].self, value, codingPath) }
        return KeyedDecodingContainer(CachedKeyedContainer<Key>(pairs: pairs, codingPath: codingPath, userInfo: userInfo))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw CachedScalar.mismatch([Any].self, value, codingPath) }
        return CachedUnkeyedContainer(items: items, codingPath: codingPath, userInfo: userInfo)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
}

extension CachedValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { value == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try CachedScalar.bool(value, codingPath) }
    func decode(_ type: String.Type) throws -> String { try CachedScalar.string(value, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try CachedScalar.double(value, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try CachedScalar.double(value, codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try CachedScalar.integer(value, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try CachedScalar.integer(value, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}

/// Reads scalars out of cached values, throwing `typeMismatch` as `JSONDecoder` does.
enum CachedScalar {
    static func bool(_ value: CachedValue, _ path: [any CodingKey]) throws -> Bool {
        guard case .bool(let result) = value else { throw CachedScalar.mismatch(Bool.self, value, path) }
        return result
    }

    static func string(_ value: CachedValue, _ path: [any CodingKey]) throws -> String {
        guard case .string(let result) = value else { throw CachedScalar.mismatch(String.self, value, path) }
        return result
    }

    static func double(_ value: CachedValue, _ path: [any CodingKey]) throws -> Double {
        switch value {
        case .double(let result): return result
        case .int(let result): return Double(result)
        default: throw CachedScalar.mismatch(Double.self, value, path)
        }
    }

    static func integer<T: FixedWidthInteger>(_ value: CachedValue, _ path: [any CodingKey]) throws -> T {
        guard case .int(let number) = value, let result = T(exactly: number) else { throw CachedScalar.mismatch(T.self, value, path) }
        return result
    }
}

extension CachedScalar {
    /// The error of a value that is not of the type asked for.
    static func mismatch(_ type: Any.Type, _ value: CachedValue, _ path: [any CodingKey]) -> DecodingError {
        if value == .null { return .valueNotFound(type, .init(codingPath: path, debugDescription: "the value is null")) }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "the cached value is not \(type)"))
    }
}

/// The keyed container of a cached mapping; keys are few, so they are looked up in order.
struct CachedKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let pairs: [(key: String, value: CachedValue)]
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { lookup(key) != nil }

    private func lookup(_ key: Key) -> CachedValue? {
        let name = key.stringValue
        for pair in pairs where pair.key == name { return pair.value }
        return nil
    }

    private func value(_ key: Key) throws -> CachedValue {
        guard let found = lookup(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for '\(key.stringValue)'"))
        }
        return found
    }

    private func decoder(_ key: Key) throws -> CachedValueDecoder {
        CachedValueDecoder(try value(key), userInfo: userInfo)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: try decoder(key)) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let found = lookup(key), found != .null else { return nil }
        return try T(from: CachedValueDecoder(found, userInfo: userInfo))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder(key).unkeyedContainer() }
    func superDecoder() throws -> any Decoder {
        CachedValueDecoder(.object(pairs), codingPath: codingPath, userInfo: userInfo)
    }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(key) }
}

/// The unkeyed container of a cached sequence.
struct CachedUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [CachedValue]
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]
    var currentIndex = 0

    init(items: [CachedValue], codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
        self.items = items
        self.codingPath = codingPath
        self.userInfo = userInfo
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    /// Decodes the current item and moves on only when that succeeds, as `JSONDecoder` does.
    private mutating func next<R>(_ body: (CachedValueDecoder) throws -> R) throws -> R {
        guard currentIndex < items.count else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the sequence has ended"))
        }
        let decoder = CachedValueDecoder(items[currentIndex], userInfo: userInfo)
        let result = try body(decoder)
        currentIndex += 1
        return result
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count, items[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.decode(type) } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.decode(type) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.decode(type) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.decode(type) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try T(from: $0) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next { try $0.container(keyedBy: type) }
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next { try $0.unkeyedContainer() } }
    mutating func superDecoder() throws -> any Decoder { try next { $0 } }
}
