import Foundation

/// Values computed once per run and shared by its threads (stems of words, compiled phrases),
/// up to a number of entries so that a hostile input cannot grow it without bound.
final class RunCache<Key: Hashable, Value>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let limit: Int
    private let lock = NSLock()

    init(limit: Int) { self.limit = limit }

    func value(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    /// The value kept for `key`, else `make()`'s, kept while there is room (`make` runs outside the
    /// lock; of two threads making the same key at once, the later one's value is kept).
    func value(for key: Key, orMake make: () -> Value) -> Value {
        if let known = value(for: key) { return known }
        let made = make()
        store(made, for: key)
        return made
    }

    func store(_ value: Value, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if values.count < limit { values[key] = value }
    }
}
