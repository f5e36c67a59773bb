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
        try ShippedInstruments.shared.value(cache: nil).get()
    }

    /// Reads `instruments.yml` in `folder` when there is one, merged over the shipped instruments.
    static func forFolder(_ folder: URL, cache: RuleFileCache? = nil) throws(RuleLoadError) -> InstrumentRegistry {
        let file = folder.appendingPathComponent("instruments.yml")
        let shipped = try ShippedInstruments.shared.value(cache: cache).get()
        guard FileManager.default.fileExists(atPath: file.path),
              file.standardizedFileURL != ResourceLocator.folder("Rules")?.appendingPathComponent("instruments.yml").standardizedFileURL
        else { return shipped }
        return shipped.merging(try load(file, cache: cache))
    }

    /// Reads one `instruments.yml` strictly: unknown keys, bad dates and unknown `revokedBy` ids are errors.
    public static func load(_ file: URL) throws(RuleLoadError) -> InstrumentRegistry {
        try load(file, cache: nil)
    }

    /// Reads `instruments.yml` from the cache's stored value tree when the file is unchanged since it was cached
    /// (checked again as strictly; any error sends it back to the YAML), else from its YAML.
    static func load(_ file: URL, cache: RuleFileCache?) throws(RuleLoadError) -> InstrumentRegistry {
        if let cache, let blobs = cache.blobs(of: file), blobs.count == 1,
           let definition = try? CachedValueDecoder.decode(InstrumentFile.self, from: blobs[0]),
           let registry = try? registry(of: definition, file: file, mark: { _ in nil }) {
            return registry
        }
        let text = try RulePack.readText(file)
        let node = try YAMLDecoding.compose(text, file: file.path)
        let definition = try YAMLDecoding.decode(InstrumentFile.self, from: node, file: file.path)
        let entries = node.mapping?["instruments"]?.sequence.map(Array.init) ?? []
        let registry = try registry(of: definition, file: file) { index in
            index < entries.count ? entries[index].mark : node.mark
        }
        if let cache, let json = CachedValue.render(node), (try? CachedValueDecoder.decode(InstrumentFile.self, from: json)) != nil {
            cache.store(file, blobs: [json])
        }
        return registry
    }

    /// The registry of a decoded file: dates parsed, `revokedBy` ids checked (errors at `mark(entry)`).
    private static func registry(of definition: InstrumentFile, file: URL,
                                 mark: (Int) -> Mark?) throws(RuleLoadError) -> InstrumentRegistry {
        var instruments: [Instrument] = []
        for (index, entry) in definition.instruments.enumerated() {
            guard let date = CalendarDate(iso: entry.inForce) else {
                let at = mark(index)
                throw RuleLoadError(file: file.path, line: at?.line ?? 1, column: at?.column ?? 1,
                                    message: "instrument '\(entry.id)': 'inForce' must be a date YYYY-MM-DD, not '\(entry.inForce)'")
            }
            instruments.append(Instrument(id: entry.id, name: entry.name, title: entry.title, inForce: date,
                                          revokedBy: entry.revokedBy, confidence: entry.confidence ?? .confirmed,
                                          note: entry.note))
        }
        let registry = InstrumentRegistry(instruments)
        for (index, instrument) in instruments.enumerated() {
            if let revoker = instrument.revokedBy, registry[revoker] == nil {
                let at = mark(index)
                throw RuleLoadError(file: file.path, line: at?.line ?? 1, column: at?.column ?? 1,
                                    message: "instrument '\(instrument.id)': 'revokedBy' names no instrument of this file: '\(revoker)'")
            }
        }
        return registry
    }
}

/// The shipped registry, loaded on first use (through the rule cache when the first user has one).
private final class ShippedInstruments: @unchecked Sendable {
    static let shared = ShippedInstruments()
    private let lock = NSLock()
    private var loaded: Result<InstrumentRegistry, RuleLoadError>?

    func value(cache: RuleFileCache?) -> Result<InstrumentRegistry, RuleLoadError> {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let result: Result<InstrumentRegistry, RuleLoadError>
        if let file = ResourceLocator.folder("Rules")?.appendingPathComponent("instruments.yml"),
           FileManager.default.fileExists(atPath: file.path) {
            do throws(RuleLoadError) {
                result = .success(try InstrumentRegistry.load(file, cache: cache))
            } catch {
                result = .failure(error)
            }
        } else {
            result = .success(InstrumentRegistry())
        }
        loaded = result
        return result
    }
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
