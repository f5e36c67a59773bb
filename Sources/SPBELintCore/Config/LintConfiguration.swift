import Foundation

/// A glob together with the folder it is relative to (the folder of the file that wrote it).
public struct ScopedGlob: Sendable, Hashable {
    public var glob: Glob
    public var base: URL

    public func matches(_ path: String) -> Bool {
        guard let relative = Glob.relativePath(of: path, to: base) else { return false }
        return glob.matches(relative)
    }
}

/// Settings for the files some globs match (`overrides:` in `.spbelint.yml`).
public struct ConfigOverride: Sendable {
    public var files: [ScopedGlob]
    public var profile: Profile?
    public var kind: String?
    public var packs: [String: Bool]
    public var rules: [String: RuleSetting]
}

/// A loaded `.spbelint.yml`, with the files it extends merged in (their settings first, its own on top).
public struct LintConfiguration: Sendable {
    /// The file, then every file it extends, in the order they were read.
    public var files: [String]
    public var profile: Profile?
    /// The document kind (`kind:`), overriding what the documents say of themselves.
    public var kind: String?
    public var packs: [String: Bool]
    public var rules: [String: RuleSetting]
    public var overrides: [ConfigOverride]
    public var ignore: [ScopedGlob]

    public init(files: [String] = [], profile: Profile? = nil, kind: String? = nil, packs: [String: Bool] = [:],
                rules: [String: RuleSetting] = [:], overrides: [ConfigOverride] = [], ignore: [ScopedGlob] = []) {
        self.files = files
        self.profile = profile
        self.kind = kind
        self.packs = packs
        self.rules = rules
        self.overrides = overrides
        self.ignore = ignore
    }

    /// `other` laid over this configuration (this is the base, `other` the file that extends it).
    func merged(with other: LintConfiguration) -> LintConfiguration {
        var result = self
        result.files = other.files + files
        result.profile = other.profile ?? profile
        result.kind = other.kind ?? kind
        result.packs.merge(other.packs) { $1 }
        result.rules.merge(other.rules) { $0.merged(with: $1) }
        result.overrides += other.overrides
        result.ignore += other.ignore
        return result
    }

    /// The settings for one document: the top level, then every override whose globs match it, in order.
    public func settings(for path: String) -> EffectiveSettings {
        var settings = EffectiveSettings(configFile: files.first, profile: profile, kind: kind, packs: packs, rules: rules,
                                         ignored: ignore.contains { $0.matches(path) })
        for override in overrides where override.files.contains(where: { $0.matches(path) }) {
            settings.profile = override.profile ?? settings.profile
            settings.kind = override.kind ?? settings.kind
            settings.packs.merge(override.packs) { $1 }
            settings.rules.merge(override.rules) { $0.merged(with: $1) }
        }
        return settings
    }
}

/// What a configuration says about one document: which rules run, at which severity, with which profile.
public struct EffectiveSettings: Sendable {
    /// The configuration file that applies, for messages.
    public var configFile: String?
    public var profile: Profile?
    public var kind: String?
    public var packs: [String: Bool]
    public var rules: [String: RuleSetting]
    /// Whether the document is skipped (`ignore:`).
    public var ignored: Bool

    public init(configFile: String? = nil, profile: Profile? = nil, kind: String? = nil, packs: [String: Bool] = [:],
                rules: [String: RuleSetting] = [:], ignored: Bool = false) {
        self.configFile = configFile
        self.profile = profile
        self.kind = kind
        self.packs = packs
        self.rules = rules
        self.ignored = ignored
    }

    /// The enabled rules, with configured severities. A rule's own setting beats its pack's.
    public func apply(to catalogRules: [Rule]) -> [Rule] {
        catalogRules.compactMap { rule in
            let setting = rules[rule.id]
            guard setting?.enabled ?? packs[rule.pack] ?? true else { return nil }
            var configured = rule
            if let severity = setting?.severity { configured.configure(severity: severity) }
            return configured
        }
    }

    /// A finding of a built-in check (reading diagnostics, suppressions) as configured, or nil when turned off.
    public func apply(to finding: Finding) -> Finding? {
        guard let setting = rules[finding.ruleId] else { return finding }
        guard setting.enabled ?? true else { return nil }
        var configured = finding
        if let severity = setting.severity { configured.severity = severity }
        return configured
    }
}
