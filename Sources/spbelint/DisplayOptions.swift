import ArgumentParser
import Foundation
import SPBELintCore

/// How `check` shows its results to a person: quiet, statistics, colour.
struct DisplayOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Report errors only (no warnings, info or identity lines).")
    var quiet = false

    @Flag(help: "After the report, print per-rule counts, documents and time on standard error.")
    var stats = false

    @Option(help: "Colour the text report: auto (a terminal without NO_COLOR, or FORCE_COLOR set), always or never.")
    var color: ColourChoice = .auto

    /// Whether text written to stdout gets ANSI colours.
    func colour(toStdout: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            if let force = environment["FORCE_COLOR"], force != "0", !force.isEmpty { return toStdout }
            return toStdout && FileOutput.stdoutWantsColour
        }
    }

    /// The result as shown: with `--quiet`, only errors.
    func shown(_ result: LintResult) -> LintResult {
        guard quiet else { return result }
        var copy = result
        copy.findings = result.findings.filter { $0.severity == .error }
        return copy
    }
}

/// `--color` values.
enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// The `--stats` lines: documents, findings per rule (most first), and the time taken.
enum RunStatistics {
    static func render(_ result: LintResult, seconds: Double, language: Language) -> String {
        let en = language == .en
        var lines = [en ? "Documents: \(result.documents.count), unreadable inputs: \(result.problems.count)"
                        : "Dokumen: \(result.documents.count), masukan tak terbaca: \(result.problems.count)"]
        let counts = Dictionary(grouping: result.findings, by: \.ruleId).mapValues(\.count)
        for (rule, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("  \(count)\t\(rule)")
        }
        let time = String(format: "%.2f", seconds)
        lines.append(en ? "Time: \(time) s" : "Waktu: \(language == .id ? time.replacingOccurrences(of: ".", with: ",") : time) detik")
        return lines.joined(separator: "\n") + "\n"
    }
}
