import Foundation

/// A value computed on first use, once, even when several threads ask at the same time.
final class LazySlot<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    init() {}

    /// The stored value, computing it with `make` the first time.
    func get(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
