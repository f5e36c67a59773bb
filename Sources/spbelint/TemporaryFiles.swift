import Foundation

/// Temporary files being written, removed when the process is interrupted (SIGINT, SIGTERM,
/// SIGHUP) so that no `.name.spbelint-XXXXXX` is left beside an output. The handler only calls
/// `unlink`, which is safe in a signal handler, then dies of the same signal.
enum TemporaryFiles {
    private static let capacity = 64
    /// C strings of the registered paths; a nil slot is free. Allocated before any handler runs.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers once.
    static func installSignalCleanup() {
        guard !installed else { return }
        installed = true
        _ = slots
        // A parent may hand down a mask that blocks these signals; the cleanup needs to receive them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&wanted, signal) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Foundation.signal(signal) { received in
                TemporaryFiles.unlinkAll()
                Foundation.signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func register(_ path: String) {
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return
        }
    }

    /// Stops tracking a path (it was renamed into place).
    static func forget(_ path: String) {
        for index in 0..<capacity {
            guard let slot = slots[index], String(cString: slot) == path else { continue }
            slots[index] = nil
            free(slot)
        }
    }

    /// Removes a temporary file and stops tracking it.
    static func remove(_ path: String) {
        unlink(path)
        forget(path)
    }

    private static func unlinkAll() {
        for index in 0..<capacity {
            if let slot = slots[index] { unlink(slot) }
        }
    }
}
