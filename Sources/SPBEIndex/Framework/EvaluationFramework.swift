import Foundation
import SPBELintCore

/// An evaluation framework loaded from `Frameworks/<id>.yml`: weights, scales, predicates and level caps.
public struct EvaluationFramework: Hashable, Sendable {
    /// The framework of record for assessments under Permenpan RB 59/2020.
    public static let defaultID = "permenpanrb-59-2020"

    public var id: String
    public var name: String
    public var nameEN: String
    public var instrument: String
    public var citation: String
    public var status: FrameworkStatus
    /// `confirmed` (read in the regulation) or `secondary` (known from secondary sources).
    public var confidence: String
    public var notes: String
    /// Decimals the indices are rounded to (2 for 59/2020).
    public var decimals: Int
    public var scales: [String: MaturityScale]
    /// Highest band first.
    public var predicates: [PredicateBand]
    public var predicateCitation: String
    public var caps: [LevelCap]
    /// Empty for a framework without a domain layer (aspects are then the top level).
    public var domains: [FrameworkDomain]
    /// Every aspect, in order.
    public var aspects: [FrameworkAspect]
    /// Every indicator, in order of number.
    public var indicators: [FrameworkIndicator]

    public init(id: String, name: String, nameEN: String, instrument: String, citation: String,
                status: FrameworkStatus, confidence: String, notes: String, decimals: Int,
                scales: [String: MaturityScale], predicates: [PredicateBand], predicateCitation: String,
                caps: [LevelCap], domains: [FrameworkDomain], aspects: [FrameworkAspect]) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.instrument = instrument
        self.citation = citation
        self.status = status
        self.confidence = confidence
        self.notes = notes
        self.decimals = decimals
        self.scales = scales
        self.predicates = predicates.sorted { $0.minimum > $1.minimum }
        self.predicateCitation = predicateCitation
        self.caps = caps
        self.domains = domains
        self.aspects = domains.isEmpty ? aspects : domains.flatMap(\.aspects)
        self.indicators = self.aspects.flatMap(\.indicators).sorted { $0.number < $1.number }
    }

    /// True when the framework groups aspects into weighted domains.
    public var hasDomains: Bool { !domains.isEmpty }

    /// The indicator with this number, or nil.
    public func indicator(_ number: Int) -> FrameworkIndicator? {
        indicators.first { $0.number == number }
    }

    /// The maturity scale an indicator is measured on.
    public func scale(of indicator: FrameworkIndicator) -> MaturityScale? {
        scales[indicator.scale]
    }

    /// The predicate band for an index (compared after rounding to the framework's decimals).
    public func predicate(for index: FixedPoint) -> PredicateBand? {
        let rounded = index.rounded(places: decimals)
        return predicates.first { rounded >= $0.minimum }
    }

    /// The sum of all indicator weights (100.00 for a well-formed framework).
    public var totalWeight: FixedPoint {
        indicators.reduce(.zero) { $0 + $1.weight }
    }
}

extension EvaluationFramework {
    /// The folder holding the framework files that ship with spbelint, or nil when none is found.
    public static func defaultFolder() -> URL? {
        ResourceLocator.folder("Frameworks")
    }

    /// The ids of the frameworks in a folder (the file names without `.yml`).
    public static func available(in folder: URL? = nil) -> [String] {
        guard let folder = folder ?? defaultFolder(),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Loads a framework by id from `folder` (default: the shipped `Frameworks/` folder).
    /// An id that ends in `.yml`/`.yaml` or contains a `/` is read as a file path instead.
    public static func load(id: String, folder: URL? = nil) throws -> EvaluationFramework {
        if id.hasSuffix(".yml") || id.hasSuffix(".yaml") || id.contains("/") {
            return try load(contentsOf: URL(fileURLWithPath: id))
        }
        guard let folder = folder ?? defaultFolder() else {
            throw FrameworkError(path: "Frameworks", message: "Folder Frameworks/ tidak ditemukan (setel SPBELINT_HOME).",
                                 messageEN: "The Frameworks/ folder was not found (set SPBELINT_HOME).")
        }
        let url = folder.appendingPathComponent(id + ".yml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            let known = available(in: folder).joined(separator: ", ")
            throw FrameworkError(path: url.path, message: "Kerangka evaluasi '\(id)' tidak dikenal (tersedia: \(known)).",
                                 messageEN: "Unknown evaluation framework '\(id)' (available: \(known)).")
        }
        return try load(contentsOf: url)
    }

    /// Loads a framework from a YAML file.
    public static func load(contentsOf url: URL) throws -> EvaluationFramework {
        let text: String
        do {
            text = try SafeFileReader.readText(url.path, limit: 16 * 1024 * 1024)
        } catch {
            throw FrameworkError(path: url.path, message: "Berkas kerangka evaluasi tidak dapat dibaca.",
                                 messageEN: "The framework file cannot be read.")
        }
        return try FrameworkLoader(path: url.path).load(yaml: text)
    }
}
