import Foundation
import Yams

/// Where a lint run takes its configuration from.
public enum ConfigurationMode: Sendable, Hashable {
    /// No configuration: every rule as loaded.
    case none
    /// The nearest `.spbelint.yml` above each document (stopping at a `.git` folder or the root).
    case discover
    /// One file for every document (`--config FILE`).
    case file(String)
}

/// Loads `.spbelint.yml` files strictly: unknown keys, rules, packs and profiles, and `extends`
/// cycles are errors at `file:line:column`.
public struct ConfigurationLoader: Sendable {
    public static let fileName = ".spbelint.yml"

    /// Rule ids a configuration may name: the catalogue's and the built-in checks'.
    public var knownRules: Set<String>
    public var knownPacks: Set<String>
    private var cache: [String: LintConfiguration] = [:]
    private var discovered: [String: String?] = [:]

    public init(knownRules: Set<String>, knownPacks: Set<String>) {
        self.knownRules = knownRules
        self.knownPacks = knownPacks
    }

    /// Loads one configuration file and the files it extends.
    public mutating func load(path: String) throws(RuleLoadError) -> LintConfiguration {
        try load(URL(fileURLWithPath: path).standardizedFileURL, shownAs: path, chain: [])
    }

    /// The configuration for a document under `mode`, or nil when there is none.
    public mutating func configuration(for documentPath: String, mode: ConfigurationMode) throws(RuleLoadError) -> LintConfiguration? {
        switch mode {
        case .none: return nil
        case .file(let path): return try load(path: path)
        case .discover:
            guard let found = discover(from: URL(fileURLWithPath: documentPath).standardizedFileURL.deletingLastPathComponent()) else {
                return nil
            }
            return try load(path: Self.display(URL(fileURLWithPath: found)))
        }
    }

    /// The nearest `.spbelint.yml` in `folder` or above it; the search stops at a folder holding `.git`.
    mutating func discover(from folder: URL) -> String? {
        if let known = discovered[folder.path] { return known }
        let candidate = folder.appendingPathComponent(Self.fileName)
        let found: String?
        if FileManager.default.fileExists(atPath: candidate.path) {
            found = candidate.path
        } else if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path)
                    || folder.path == "/" || folder.deletingLastPathComponent().path == folder.path {
            found = nil
        } else {
            found = discover(from: folder.deletingLastPathComponent())
        }
        discovered[folder.path] = found
        return found
    }

    private mutating func load(_ url: URL, shownAs shown: String, chain: [String]) throws(RuleLoadError) -> LintConfiguration {
        if let cached = cache[url.path] { return cached }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw RuleLoadError(file: shown, message: "cannot read the configuration file: \(error.localizedDescription)")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            let located = YAMLErrorLocation.locate(error)
            throw RuleLoadError(file: shown, line: located.line ?? 1, column: located.column ?? 1, message: located.message)
        }
        guard let node else {
            let empty = LintConfiguration(files: [shown])
            cache[url.path] = empty
            return empty
        }
        guard node.mapping != nil else {
            throw RuleLoadError(file: shown, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                                message: "a configuration file is a mapping of keys (extends, profile, kind, packs, rules, overrides, ignore)")
        }
        try validateKeys(in: node, file: shown)
        let definition = try YAMLDecoding.decode(ConfigFileDefinition.self, from: node, file: shown)
        try validateNames(in: node, file: shown)
        let folder = url.deletingLastPathComponent()
        var own = LintConfiguration(
            files: [shown], profile: definition.profile, kind: definition.kind?.value,
            packs: definition.packs.mapValues(\.enabled), rules: definition.rules,
            overrides: definition.overrides.map { entry in
                ConfigOverride(files: entry.files.map { ScopedGlob(glob: Glob($0), base: folder) },
                               profile: entry.profile, kind: entry.kind?.value, packs: entry.packs.mapValues(\.enabled),
                               rules: entry.rules)
            },
            ignore: definition.ignore.map { ScopedGlob(glob: Glob($0), base: folder) })
        var base = LintConfiguration()
        let extendsNodes = Self.extendsNodes(in: node)
        for (index, reference) in definition.extends.enumerated() {
            let mark = index < extendsNodes.count ? extendsNodes[index].mark : nil
            let target = URL(fileURLWithPath: reference, relativeTo: folder).standardizedFileURL
            let chainHere = chain + [url.path]
            if chainHere.contains(target.path) {
                let cycle = (chainHere.drop(while: { $0 != target.path }) + [target.path]).map { URL(fileURLWithPath: $0).lastPathComponent }
                throw RuleLoadError(file: shown, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                    message: "extends makes a cycle: \(cycle.joined(separator: " -> "))")
            }
            guard FileManager.default.fileExists(atPath: target.path) else {
                throw RuleLoadError(file: shown, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                    message: "extends names a file that does not exist: \(reference)")
            }
            let shownTarget = shown.hasPrefix("/") ? target.path : Self.display(target)
            base = base.merged(with: try load(target, shownAs: shownTarget, chain: chainHere))
        }
        own = base.merged(with: own)
        own.files = [shown] + own.files.filter { $0 != shown }
        cache[url.path] = own
        return own
    }

    /// Unknown keys at the top level and in overrides, reported at the key itself.
    private func validateKeys(in root: Node, file: String) throws(RuleLoadError) {
        func check(_ node: Node, allowed: [String]) throws(RuleLoadError) {
            for pair in node.mapping ?? [:] {
                guard let name = pair.key.string, !allowed.contains(name) else { continue }
                throw RuleLoadError(file: file, line: pair.key.mark?.line ?? 1, column: pair.key.mark?.column ?? 1,
                                    message: "unknown key '\(name)' (known: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
        try check(root, allowed: ConfigFileDefinition.CodingKeys.allCases.map(\.rawValue))
        let overrides = root.mapping?.first(where: { $0.key.string == "overrides" })?.value.sequence.map(Array.init) ?? []
        for entry in overrides {
            try check(entry, allowed: OverrideDefinition.CodingKeys.allCases.map(\.rawValue))
        }
    }

    /// Every rule and pack named in the file must exist.
    private func validateNames(in root: Node, file: String) throws(RuleLoadError) {
        var scopes: [Node] = [root]
        if let overrides = root.mapping?.first(where: { $0.key.string == "overrides" })?.value.sequence {
            scopes += Array(overrides)
        }
        for scope in scopes {
            guard let mapping = scope.mapping else { continue }
            for pair in mapping {
                let names: Set<String>
                let what: String
                switch pair.key.string {
                case "rules": (names, what) = (knownRules, "rule")
                case "packs": (names, what) = (knownPacks, "pack")
                default: continue
                }
                for entry in pair.value.mapping ?? [:] {
                    guard let name = entry.key.string, !names.contains(name) else { continue }
                    throw RuleLoadError(file: file, line: entry.key.mark?.line ?? 1, column: entry.key.mark?.column ?? 1,
                                        message: "unknown \(what) '\(name)' (see `spbelint rules`)")
                }
            }
        }
    }

    private static func extendsNodes(in root: Node) -> [Node] {
        guard let value = root.mapping?.first(where: { $0.key.string == "extends" })?.value else { return [] }
        if let sequence = value.sequence { return Array(sequence) }
        return [value]
    }

    /// A path relative to the working directory when it lies below it.
    static func display(_ url: URL) -> String {
        Glob.relativePath(of: url.path, to: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) ?? url.path
    }
}
