import Foundation

/// Counts the documents of a run as they finish (on any thread) and tells an observer.
final class RunProgress: @unchecked Sendable {
    private let total: Int
    private let observer: @Sendable (_ done: Int, _ total: Int) -> Void
    private var done = 0
    private let lock = NSLock()

    init(total: Int, observer: @escaping @Sendable (_ done: Int, _ total: Int) -> Void) {
        self.total = total
        self.observer = observer
    }

    /// One more document is done.
    func step() {
        lock.lock()
        done += 1
        let count = done
        lock.unlock()
        observer(count, total)
    }
}
