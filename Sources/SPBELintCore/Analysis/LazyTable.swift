import Foundation

/// Values computed on first use per key, once per key, shared by the threads that ask.
final class LazyTable<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    init() {}

    /// The value stored for `key`, computing it with `make` the first time (outside the lock, so
    /// that a slow computation does not hold up other keys; a racing duplicate is discarded).
    func get(_ key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let value = values[key] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        values[key] = made
        return made
    }
}
