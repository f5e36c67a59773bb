import Foundation
import Yams

/// The instruments rules may require, by id, read from `instruments.yml` once.
public struct InstrumentRegistry: Sendable {
    public private(set) var instruments: [String: Instrument]

    public init(_ instruments: [Instrument] = []) {
        self.instruments = Dictionary(instruments.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    }

    public subscript(id: String) -> Instrument? { instruments[id] }

    /// This registry with `other`'s instruments added (an id in both takes `other`'s).
    public func merging(_ other: InstrumentRegistry) -> InstrumentRegistry {
        var merged = self
        merged.instruments.merge(other.instruments) { $1 }
        return merged
    }

    /// The instruments that ship with spbelint (`Rules/instruments.yml`), read once; empty when absent.
    public static func shipped() throws(RuleLoadError) -> InstrumentRegistry {
        try ShippedInstruments.value.get()
    }

    /// Reads `instruments.yml` in `folder` when there is one, merged over the shipped instruments.
    static func forFolder(_ folder: URL) throws(RuleLoadError) -> InstrumentRegistry {
        let file = folder.appendingPathComponent("instruments.yml")
        let shipped = try shipped()
        guard FileManager.default.fileExists(atPath: file.path),
              file.standardizedFileURL != ResourceLocator.folder("Rules")?.appendingPathComponent("instruments.yml").standardizedFileURL
        else { return shipped }
        return shipped.merging(try load(file))
    }

    /// Reads one `instruments.yml` strictly: unknown keys, bad dates and unknown `revokedBy` ids are errors.
    public static func load(_ file: URL) throws(RuleLoadError) -> InstrumentRegistry {
        let text = try RulePack.readText(file)
        let node = try YAMLDecoding.compose(text, file: file.path)
        let definition = try YAMLDecoding.decode(InstrumentFile.self, from: node, file: file.path)
        var instruments: [Instrument] = []
        let entries = node.mapping?["instruments"]?.sequence.map(Array.init) ?? []
        for (index, entry) in definition.instruments.enumerated() {
            let mark = index < entries.count ? entries[index].mark : node.mark
            guard let date = CalendarDate(iso: entry.inForce) else {
                throw RuleLoadError(file: file.path, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                    message: "instrument '\(entry.id)': 'inForce' must be a date YYYY-MM-DD, not '\(entry.inForce)'")
            }
            instruments.append(Instrument(id: entry.id, name: entry.name, title: entry.title, inForce: date,
                                          revokedBy: entry.revokedBy, confidence: entry.confidence ?? .confirmed,
                                          note: entry.note))
        }
        let registry = InstrumentRegistry(instruments)
        for (index, instrument) in instruments.enumerated() {
            if let revoker = instrument.revokedBy, registry[revoker] == nil {
                let mark = index < entries.count ? entries[index].mark : node.mark
                throw RuleLoadError(file: file.path, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                    message: "instrument '\(instrument.id)': 'revokedBy' names no instrument of this file: '\(revoker)'")
            }
        }
        return registry
    }
}

/// The shipped registry, loaded on first use.
private enum ShippedInstruments {
    static let value: Result<InstrumentRegistry, RuleLoadError> = {
        guard let file = ResourceLocator.folder("Rules")?.appendingPathComponent("instruments.yml"),
              FileManager.default.fileExists(atPath: file.path) else { return .success(InstrumentRegistry()) }
        do throws(RuleLoadError) {
            return .success(try InstrumentRegistry.load(file))
        } catch {
            return .failure(error)
        }
    }()
}

/// The keys of `instruments.yml`.
struct InstrumentFile: Decodable {
    var instruments: [Entry]

    enum CodingKeys: String, CodingKey, CaseIterable { case instruments }

    init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        instruments = try container.decode([Entry].self, forKey: .instruments)
    }

    /// One instrument as written.
    struct Entry: Decodable {
        var id: String
        var name: String
        var title: String
        var inForce: String
        var revokedBy: String?
        var confidence: Confidence?
        var note: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case id, name, title, inForce, revokedBy, confidence, note }

        init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            title = try container.decode(String.self, forKey: .title)
            inForce = try container.decode(String.self, forKey: .inForce)
            revokedBy = try container.decodeIfPresent(String.self, forKey: .revokedBy)
            confidence = try container.decodeIfPresent(Confidence.self, forKey: .confidence)
            note = try container.decodeIfPresent(String.self, forKey: .note)
        }
    }
}
