import ArgumentParser
import Foundation
import SPBELintCore

/// `--report FORMAT=FILE`: one more report written to a file.
struct ReportTarget: ExpressibleByArgument, Hashable {
    var format: ReportFormat
    var path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
              let format = ReportFormat(rawValue: String(argument[..<equals]).lowercased()) else { return nil }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { return nil }
        self.format = format
        self.path = path
    }

    static var defaultCompletionKind: CompletionKind { .file() }
}

/// The options of `check` for CI: extra reports, configuration, waivers, baseline and ratchet.
struct GatingOptions: ParsableArguments {
    @Option(name: .customLong("report"),
            help: ArgumentHelp("Also write a report to a file, atomically: FORMAT=FILE with FORMAT text, json, sarif, junit, github, gitlab or checkstyle (repeatable).",
                               valueName: "format=file"))
    var reports: [ReportTarget] = []

    @OptionGroup var configuration: ConfigurationOptions

    @Option(help: ArgumentHelp("YAML file of waivers (fingerprint or rule, path, reason, owner, expires).", valueName: "file"))
    var waivers: String?

    @Option(help: ArgumentHelp("Fail only on findings that are not in this baseline file (matched by fingerprint).", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Write the current findings to this baseline file (atomically).", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Ratchet mode: fail only when a document's coverage falls below the one recorded in this file.", valueName: "file"))
    var ratchet: String?

    @Flag(name: .customLong("update-ratchet"), help: "With --ratchet: record the coverage of documents that improved or are new (creates the file).")
    var updateRatchet = false

    func validate() throws {
        if updateRatchet && ratchet == nil {
            throw ValidationError("--update-ratchet needs --ratchet FILE.")
        }
    }

    /// The gates these options ask for, failing at `failOn`.
    func gates(failOn: FailThreshold) -> GateRequest {
        GateRequest(waivers: waivers, baseline: baseline, ratchet: ratchet, updateRatchet: updateRatchet, failOn: failOn)
    }
}
