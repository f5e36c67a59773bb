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
    private var owns: [String: OwnFile] = [:]
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

    /// A file's own settings and the files it names in `extends`, before any merging.
    private struct OwnFile {
        var configuration: LintConfiguration
        var extends: [(url: URL, shown: String)]
        var marks: [String: (line: Int, column: Int)]
    }

    /// Loads a file and everything it extends, merging each file exactly once (bases first, in the
    /// order of a depth-first walk), so a diamond of `extends` costs one read per file.
    private mutating func load(_ url: URL, shownAs shown: String, chain: [String]) throws(RuleLoadError) -> LintConfiguration {
        if let cached = cache[url.path] { return cached }
        var order: [(url: URL, shown: String)] = []
        var placed = Set<String>()
        try linearize(url, shownAs: shown, chain: [], order: &order, placed: &placed)
        var merged = LintConfiguration()
        for entry in order { merged = merged.merged(with: owns[entry.url.path]!.configuration) }
        merged.files = [shown] + order.reversed().map(\.shown).filter { $0 != shown }
        cache[url.path] = merged
        return merged
    }

    private mutating func linearize(_ url: URL, shownAs shown: String, chain: [String],
                                    order: inout [(url: URL, shown: String)], placed: inout Set<String>) throws(RuleLoadError) {
        guard !placed.contains(url.path) else { return }
        let own = try ownFile(url, shownAs: shown)
        for base in own.extends {
            let chainHere = chain + [url.path]
            if chainHere.contains(base.url.path) {
                let cycle = (chainHere.drop(while: { $0 != base.url.path }) + [base.url.path]).map { URL(fileURLWithPath: $0).lastPathComponent }
                let mark = own.marks[base.url.path]
                throw RuleLoadError(file: shown, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                    message: "extends makes a cycle: \(cycle.joined(separator: " -> "))")
            }
            try linearize(base.url, shownAs: base.shown, chain: chainHere, order: &order, placed: &placed)
        }
        if placed.insert(url.path).inserted { order.append((url, shown)) }
    }

    /// Reads and checks one configuration file (cached), resolving its `extends` targets.
    private mutating func ownFile(_ url: URL, shownAs shown: String) throws(RuleLoadError) -> (extends: [(url: URL, shown: String)], marks: [String: (line: Int, column: Int)]) {
        if let known = owns[url.path] { return (known.extends, known.marks) }
        let text: String
        do {
            text = try SafeFileReader.readText(url.path, limit: Self.maxBytes)
        } catch {
            throw RuleLoadError(file: shown, message: "cannot read the configuration file: \(error.messageEN)")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            let located = YAMLErrorLocation.locate(error)
            throw RuleLoadError(file: shown, line: located.line ?? 1, column: located.column ?? 1, message: located.message)
        }
        guard let node else {
            owns[url.path] = OwnFile(configuration: LintConfiguration(files: [shown]), extends: [], marks: [:])
            return ([], [:])
        }
        if let place = YAMLAliasBudget.exceeded(node) {
            throw RuleLoadError(file: shown, line: place.line, column: place.column, message: YAMLAliasBudget.message)
        }
        guard node.mapping != nil else {
            throw RuleLoadError(file: shown, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                                message: "a configuration file is a mapping of keys (extends, profile, kind, packs, rules, overrides, ignore)")
        }
        try validateKeys(in: node, file: shown)
        let definition = try YAMLDecoding.decode(ConfigFileDefinition.self, from: node, file: shown)
        try validateNames(in: node, file: shown)
        let folder = url.deletingLastPathComponent()
        let own = LintConfiguration(
            files: [shown], profile: definition.profile, kind: definition.kind?.value,
            packs: definition.packs.mapValues(\.enabled), rules: definition.rules,
            overrides: definition.overrides.map { entry in
                ConfigOverride(files: entry.files.map { ScopedGlob(glob: Glob($0), base: folder) },
                               profile: entry.profile, kind: entry.kind?.value, packs: entry.packs.mapValues(\.enabled),
                               rules: entry.rules)
            },
            ignore: definition.ignore.map { ScopedGlob(glob: Glob($0), base: folder) })
        var extends: [(url: URL, shown: String)] = []
        var marks: [String: (line: Int, column: Int)] = [:]
        let extendsNodes = Self.extendsNodes(in: node)
        let boundary = Self.repositoryRoot(containing: folder)
        for (index, reference) in definition.extends.enumerated() {
            let mark = index < extendsNodes.count ? extendsNodes[index].mark : nil
            let place = (line: mark?.line ?? 1, column: mark?.column ?? 1)
            let target = URL(fileURLWithPath: reference, relativeTo: folder).standardizedFileURL
            guard FileManager.default.fileExists(atPath: target.path) else {
                throw RuleLoadError(file: shown, line: place.line, column: place.column,
                                    message: "extends names a file that does not exist: \(reference)")
            }
            guard Self.isInside(target, boundary) else {
                throw RuleLoadError(file: shown, line: place.line, column: place.column,
                                    message: "extends may only name a file inside the repository (\(Self.display(boundary))): \(reference)")
            }
            let shownTarget = shown.hasPrefix("/") ? target.path : Self.display(target)
            extends.append((target, shownTarget))
            marks[target.path] = place
        }
        owns[url.path] = OwnFile(configuration: own, extends: extends, marks: marks)
        return (extends, marks)
    }

    /// Largest configuration file read, in bytes.
    static let maxBytes = 1024 * 1024

    /// The folder `extends` may not leave: the nearest folder above `folder` holding `.git`; without
    /// one, the working directory when `folder` is below it, else `folder` itself.
    static func repositoryRoot(containing folder: URL) -> URL {
        var current = folder.resolvingSymlinksInPath()
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) { return current }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath()
        let resolved = folder.resolvingSymlinksInPath()
        return isInside(resolved, workingDirectory) ? workingDirectory : resolved
    }

    /// Whether `url` (symbolic links resolved) lies inside `folder`.
    static func isInside(_ url: URL, _ folder: URL) -> Bool {
        let target = url.resolvingSymlinksInPath().path
        var root = folder.resolvingSymlinksInPath().path
        if root == "/" { return true }
        if target == root { return true }
        if !root.hasSuffix("/") { root += "/" }
        return target.hasPrefix(root)
    }

    /// Unknown keys at the top level and in overrides, reported at the key itself.
    private func validateKeys(in root: Node, file: String) throws(RuleLoadError) {
        func check(_ node: Node, allowed: [String]) throws(RuleLoadError) {
            for pair in node.mapping ?? [:] {
                guard let name = pair.key.string, !allowed.contains(name) else { continue }
                throw RuleLoadError(file: file, line: pair.key.mark?.line ?? 1, column: pair.key.mark?.column ?? 1,
                                    message: "unknown key\(NearMiss.quoted(name, among: allowed)) (known: \(allowed.sorted().joined(separator: ", ")))")
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
                                        message: "unknown \(what)\(NearMiss.quoted(name, among: names)) (see `spbelint rules`)")
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
