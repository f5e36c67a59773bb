/// A rule's setting in a configuration file: `off`, `on`, or a severity (which also turns it on).
public struct RuleSetting: Sendable, Hashable, Decodable {
    /// nil: as inherited (from the pack, or a file it extends).
    public var enabled: Bool?
    /// nil: the rule's own severity.
    public var severity: Severity?

    public init(enabled: Bool?, severity: Severity? = nil) {
        self.enabled = enabled
        self.severity = severity
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self.init(enabled: flag)
            return
        }
        let word = try container.decode(String.self)
        switch word.lowercased() {
        case "off", "false", "no", "disabled": self.init(enabled: false)
        case "on", "true", "yes", "enabled": self.init(enabled: true)
        default:
            guard let severity = Severity(rawValue: word.lowercased()) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(word)' is not a rule setting (off, on, error, warning, info)")
            }
            self.init(enabled: true, severity: severity)
        }
    }

    /// This setting with `other`'s explicit fields laid over it.
    func merged(with other: RuleSetting) -> RuleSetting {
        RuleSetting(enabled: other.enabled ?? enabled, severity: other.severity ?? severity)
    }
}

/// `on` or `off` for a pack.
struct PackToggle: Decodable {
    var enabled: Bool

    init(from decoder: any Decoder) throws {
        let setting = try RuleSetting(from: decoder)
        guard setting.severity == nil, let enabled = setting.enabled else {
            let container = try decoder.singleValueContainer()
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a pack is 'on' or 'off'")
        }
        self.enabled = enabled
    }
}

/// One string or a list of strings.
struct StringList: Decodable {
    var values: [String]

    init(from decoder: any Decoder) throws {
        if let list = try? [String](from: decoder) {
            values = list
        } else {
            values = [try String(from: decoder)]
        }
    }
}

/// The keys of `.spbelint.yml` as written.
struct ConfigFileDefinition: Decodable {
    var extends: [String]
    var profile: Profile?
    /// The document kind for every document this file governs (`rencana-induk`, `perkada`, ...).
    var kind: DocumentKindName?
    var packs: [String: PackToggle]
    var rules: [String: RuleSetting]
    var overrides: [OverrideDefinition]
    var ignore: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case extends, profile, kind, packs, rules, overrides, ignore
    }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        extends = try container.decodeIfPresent(StringList.self, forKey: .extends)?.values ?? []
        profile = try container.decodeIfPresent(Profile.self, forKey: .profile)
        kind = try container.decodeIfPresent(DocumentKindName.self, forKey: .kind)
        packs = try container.decodeIfPresent([String: PackToggle].self, forKey: .packs) ?? [:]
        rules = try container.decodeIfPresent([String: RuleSetting].self, forKey: .rules) ?? [:]
        overrides = try container.decodeIfPresent([OverrideDefinition].self, forKey: .overrides) ?? []
        ignore = try container.decodeIfPresent(StringList.self, forKey: .ignore)?.values ?? []
    }
}

/// One entry of `overrides:`: settings for the files its globs match.
struct OverrideDefinition: Decodable {
    var files: [String]
    var profile: Profile?
    var kind: DocumentKindName?
    var packs: [String: PackToggle]
    var rules: [String: RuleSetting]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case files, profile, kind, packs, rules
    }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        files = try container.decode(StringList.self, forKey: .files).values
        if files.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .files, in: container, debugDescription: "an override needs at least one glob in 'files'")
        }
        profile = try container.decodeIfPresent(Profile.self, forKey: .profile)
        kind = try container.decodeIfPresent(DocumentKindName.self, forKey: .kind)
        packs = try container.decodeIfPresent([String: PackToggle].self, forKey: .packs) ?? [:]
        rules = try container.decodeIfPresent([String: RuleSetting].self, forKey: .rules) ?? [:]
    }
}
