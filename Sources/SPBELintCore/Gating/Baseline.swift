import Foundation

/// Findings recorded at one point (`--write-baseline`); later runs fail only on findings not in it
/// (`--baseline`). Findings are matched by fingerprint, which does not change when lines move.
public struct Baseline: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Hashable {
        public var fingerprint: String
        public var ruleId: String
        public var path: String
        /// For people reading the file; not used for matching.
        public var message: String
    }

    public var schemaVersion = 1
    public var tool = "spbelint \(SPBELintVersion.current)"
    public var findings: [Entry]

    public init(findings: [Entry]) {
        self.findings = findings
    }

    /// The baseline of a result's findings (those not suppressed), sorted so the file diffs well.
    public init(result: LintResult, language: Language) {
        findings = result.findings.map {
            Entry(fingerprint: $0.fingerprint, ruleId: $0.ruleId, path: $0.path, message: $0.message.text(in: language))
        }.sorted { ($0.path, $0.ruleId, $0.fingerprint) < ($1.path, $1.ruleId, $1.fingerprint) }
    }

    /// Pretty, sorted JSON with a final newline.
    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func load(path: String) throws(RuleLoadError) -> Baseline {
        do {
            let data = try SafeFileReader.read(path, limit: 256 * 1024 * 1024)
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            guard baseline.schemaVersion == 1 else {
                throw RuleLoadError(file: path, message: "unsupported baseline schemaVersion \(baseline.schemaVersion)")
            }
            return baseline
        } catch let error as RuleLoadError {
            throw error
        } catch let error as DecodingError {
            throw RuleLoadError(file: path, message: "not a spbelint baseline: \(Self.describe(error))")
        } catch {
            throw RuleLoadError(file: path, message: "cannot read the baseline: \(error.localizedDescription)")
        }
    }

    /// Moves the findings already in the baseline to `suppressed` (each recorded fingerprint
    /// absorbs as many findings as it was recorded).
    public func apply(to result: inout LintResult, file: String) {
        var remaining = Dictionary(findings.map { ($0.fingerprint, 1) }, uniquingKeysWith: +)
        var kept: [Finding] = []
        for finding in result.findings {
            if let count = remaining[finding.fingerprint], count > 0 {
                remaining[finding.fingerprint] = count - 1
                result.suppressed.append(SuppressedFinding(finding: finding, suppression: Suppression(
                    kind: .baseline, justification: nil, source: file)))
            } else {
                kept.append(finding)
            }
        }
        result.findings = kept
        result.baselineApplied = true
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
             .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(context.debugDescription) at '\(path)'"
        @unknown default:
            return "\(error)"
        }
    }
}
