/// A maturity scale (for example Kapabilitas Proses): the levels an indicator can take and their names.
public struct MaturityScale: Hashable, Sendable {
    /// The key used by indicators (for example "proses").
    public var id: String
    public var name: String
    public var nameEN: String
    public var citation: String
    public var levels: [MaturityLevel]

    public init(id: String, name: String, nameEN: String, citation: String, levels: [MaturityLevel]) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.citation = citation
        self.levels = levels.sorted { $0.level < $1.level }
    }

    /// The lowest level (1 in both known frameworks).
    public var minimum: Int { levels.first?.level ?? 1 }
    /// The highest level (5 in both known frameworks).
    public var maximum: Int { levels.last?.level ?? 5 }

    /// The named level, or nil when the scale has no such level.
    public func level(_ value: Int) -> MaturityLevel? {
        levels.first { $0.level == value }
    }
}

/// One level of a maturity scale, e.g. 3 – Terdefinisi.
public struct MaturityLevel: Hashable, Sendable {
    public var level: Int
    public var name: String
    public var nameEN: String

    public init(level: Int, name: String, nameEN: String) {
        self.level = level
        self.name = name
        self.nameEN = nameEN
    }
}
