import Foundation
import SPBELintCore

/// The "12/600 dokumen…" line `check` keeps on standard error while a long run goes on at a terminal;
/// rewritten in place with `\r` and cleared before the report is printed.
final class ProgressLine: @unchecked Sendable {
    private let language: Language
    private let delay: TimeInterval
    private let write: @Sendable (String) -> Void
    private let started = Date()
    private var lastShown: Date?
    private var shownWidth = 0
    private let lock = NSLock()

    /// Whether a progress line may be shown at all: standard error is a terminal, not under CI
    /// (`CI` set), not `--quiet`, no `NO_COLOR`, and not a `TERM=dumb` terminal.
    static func isWanted(stderrIsTerminal: Bool, quiet: Bool, environment: [String: String]) -> Bool {
        guard stderrIsTerminal, !quiet else { return false }
        if let ci = environment["CI"], !ci.isEmpty, ci != "0", ci.lowercased() != "false" { return false }
        if environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return false }
        return true
    }

    /// The seconds a run lasts before the line appears: 1, or `SPBELINT_PROGRESS_AFTER` (tests use 0).
    static func delay(environment: [String: String]) -> TimeInterval {
        environment["SPBELINT_PROGRESS_AFTER"].flatMap(TimeInterval.init) ?? 1
    }

    init(language: Language, delay: TimeInterval, write: @escaping @Sendable (String) -> Void = { FileOutput.standardError($0) }) {
        self.language = language
        self.delay = delay
        self.write = write
    }

    /// The text of the line for `done` of `total` documents.
    static func text(done: Int, total: Int, language: Language) -> String {
        language == .en ? "\(done)/\(total) documents…" : "\(done)/\(total) dokumen…"
    }

    /// Shows the count once the run has lasted `delay`, at most ten times a second (and at the last one).
    func update(done: Int, total: Int) {
        let now = Date()
        lock.lock()
        defer { lock.unlock() }
        guard now.timeIntervalSince(started) >= delay else { return }
        if let lastShown, now.timeIntervalSince(lastShown) < 0.1, done < total { return }
        lastShown = now
        let text = Self.text(done: done, total: total, language: language)
        shownWidth = text.count
        write("\r" + text)
    }

    /// Clears the line (when one was shown) so the report starts on a clean line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard shownWidth > 0 else { return }
        write("\r" + String(repeating: " ", count: shownWidth) + "\r")
        shownWidth = 0
    }
}
