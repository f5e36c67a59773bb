import Foundation
import Yams

/// One accepted gap from a `--waivers` file: which finding, why, who owns it, until when.
public struct Waiver: Sendable, Hashable {
    public var fingerprint: String?
    public var rule: String?
    public var path: String?
    public var reason: String
    public var owner: String
    /// The last day the waiver holds, `YYYY-MM-DD`.
    public var expires: String
    /// Where the entry is written in the waivers file.
    public var position: SourcePosition
    /// Where its `rule:` value is written, when it has one.
    public var rulePosition: SourcePosition? = nil

    /// Whether the waiver names this finding: every field it gives must match.
    public func matches(_ finding: Finding) -> Bool {
        if let fingerprint, fingerprint != finding.fingerprint { return false }
        if let rule, rule != finding.ruleId { return false }
        if let path, !Waivers.samePath(path, finding.path) { return false }
        return true
    }

    /// Whether the waiver has run out on `today` (`YYYY-MM-DD`): it holds through its expiry day.
    public func isExpired(today: String) -> Bool { expires < today }
}

/// The `--waivers` file: accepted findings with reason, owner and expiry.
///
/// ```yaml
/// waivers:
///   - fingerprint: 0f3c…          # or rule, or both; path narrows it further
///     rule: peta-rencana-audit-tik
///     path: docs/rencana-induk.md
///     reason: Audit TIK diatur dalam dokumen terpisah
///     owner: Diskominfo
///     expires: 2026-12-31
/// ```
public struct Waivers: Sendable {
    public var file: String
    public var entries: [Waiver]

    public init(file: String, entries: [Waiver]) {
        self.file = file
        self.entries = entries
    }

    /// Loads a waivers file strictly; every problem is an error at `file:line:column`.
    public static func load(path: String) throws(RuleLoadError) -> Waivers {
        let text: String
        do {
            text = try SafeFileReader.readText(path, limit: 16 * 1024 * 1024)
        } catch {
            throw RuleLoadError(file: path, message: "cannot read the waivers file: \(error.messageEN)")
        }
        let node = try YAMLDecoding.compose(text, file: path)
        let definition = try YAMLDecoding.decode(WaiversDefinition.self, from: node, file: path)
        let entryNodes = node.mapping?.first(where: { $0.key.string == "waivers" })?.value.sequence.map(Array.init) ?? []
        var entries: [Waiver] = []
        for (index, entry) in definition.waivers.enumerated() {
            let mark = index < entryNodes.count ? entryNodes[index].mark : nil
            let position = SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
            guard entry.fingerprint != nil || entry.rule != nil else {
                throw RuleLoadError(file: path, line: position.line, column: position.column,
                                    message: "a waiver needs a fingerprint or a rule")
            }
            guard isDate(entry.expires) else {
                let value = index < entryNodes.count
                    ? entryNodes[index].mapping?.first(where: { $0.key.string == "expires" })?.value.mark : nil
                throw RuleLoadError(file: path, line: value?.line ?? position.line, column: value?.column ?? position.column,
                                    message: "'\(entry.expires)' is not a date (YYYY-MM-DD)")
            }
            for (name, value) in [("reason", entry.reason), ("owner", entry.owner)]
            where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw RuleLoadError(file: path, line: position.line, column: position.column, message: "a waiver needs a non-empty \(name)")
            }
            let ruleMark = index < entryNodes.count
                ? entryNodes[index].mapping?.first(where: { $0.key.string == "rule" })?.value.mark : nil
            entries.append(Waiver(fingerprint: entry.fingerprint, rule: entry.rule, path: entry.path, reason: entry.reason,
                                  owner: entry.owner, expires: entry.expires, position: position,
                                  rulePosition: ruleMark.map { SourcePosition(line: $0.line, column: $0.column) }))
        }
        return Waivers(file: path, entries: entries)
    }

    /// Every rule a waiver names must exist (a typo would otherwise waive nothing, silently).
    public func validate(knownRules: Set<String>) throws(RuleLoadError) {
        for waiver in entries {
            guard let rule = waiver.rule, !knownRules.contains(rule) else { continue }
            let place = waiver.rulePosition ?? waiver.position
            throw RuleLoadError(file: file, line: place.line, column: place.column,
                                message: "unknown rule\(NearMiss.quoted(rule, among: knownRules)) (see `spbelint rules`)")
        }
    }

    /// Moves waived findings to `suppressed`; a finding whose waiver has expired stays, with a note;
    /// a waiver that matches nothing (for a document of this run, or with no path) is reported.
    public func apply(to result: inout LintResult, today: String) {
        var used = Array(repeating: false, count: entries.count)
        var kept: [Finding] = []
        for finding in result.findings {
            guard let index = entries.indices.first(where: { entries[$0].matches(finding) }) else {
                kept.append(finding)
                continue
            }
            used[index] = true
            let waiver = entries[index]
            if waiver.isExpired(today: today) {
                var noted = finding
                noted.message.id += " (Pengecualian di \(file):\(waiver.position.line) oleh \(waiver.owner) kedaluwarsa pada \(waiver.expires).)"
                noted.message.en += " (The waiver at \(file):\(waiver.position.line) owned by \(waiver.owner) expired on \(waiver.expires).)"
                kept.append(noted)
            } else {
                result.suppressed.append(SuppressedFinding(finding: finding, suppression: Suppression(
                    kind: .waiver, justification: waiver.reason, owner: waiver.owner, expires: waiver.expires,
                    source: "\(file):\(waiver.position.line)")))
            }
        }
        let linted = result.documents.map(\.path)
        for (index, waiver) in entries.enumerated() where !used[index] {
            if let path = waiver.path, !linted.contains(where: { Self.samePath($0, path) }) { continue }
            let what = [waiver.rule, waiver.fingerprint, waiver.path].compactMap { $0 }.joined(separator: " ")
            kept.append(BuiltInChecks.finding(
                BuiltInChecks.waiverUnused,
                message: LocalizedText(id: "Pengecualian \(what) tidak cocok dengan temuan apa pun; hapus dari berkas pengecualian.",
                                       en: "The waiver \(what) matches no finding; remove it from the waivers file."),
                path: file, position: waiver.position, key: [what]))
        }
        result.findings = kept.sorted(by: Finding.reportOrder)
    }

    /// Today's date in the local time zone, `YYYY-MM-DD`.
    public static func today(_ date: Date = Date()) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    static func samePath(_ lhs: String, _ rhs: String) -> Bool {
        lhs == rhs || URL(fileURLWithPath: lhs).standardizedFileURL.path == URL(fileURLWithPath: rhs).standardizedFileURL.path
    }

    /// Whether `text` is a real calendar date `YYYY-MM-DD` (2099-02-30 is not).
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}

struct WaiversDefinition: Decodable {
    var waivers: [WaiverDefinition]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case waivers
    }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        waivers = try container.decodeIfPresent([WaiverDefinition].self, forKey: .waivers) ?? []
    }
}

struct WaiverDefinition: Decodable {
    var fingerprint: String?
    var rule: String?
    var path: String?
    var reason: String
    var owner: String
    var expires: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fingerprint, rule, path, reason, owner, expires
    }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fingerprint = try container.decodeIfPresent(String.self, forKey: .fingerprint)
        rule = try container.decodeIfPresent(String.self, forKey: .rule)
        path = try container.decodeIfPresent(String.self, forKey: .path)
        reason = try container.decode(String.self, forKey: .reason)
        owner = try container.decode(String.self, forKey: .owner)
        expires = try container.decode(String.self, forKey: .expires)
    }
}
