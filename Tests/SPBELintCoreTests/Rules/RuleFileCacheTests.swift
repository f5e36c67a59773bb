import Foundation
import Testing
@testable import SPBELintCore

/// The cache of composed rule files: same catalogue, renewed when a pack changes, harmless when
/// the cache folder is unwritable, damaged or holds a symlink.
@Suite("Rule file cache")
struct RuleFileCacheTests {
    /// A copy of the shipped `perkada-spbe` pack and an empty cache folder, in a new temporary folder.
    func workspace() throws -> (pack: URL, cache: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-cache-\(UUID().uuidString)")
        let pack = root.appendingPathComponent("perkada-spbe")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.rules.appendingPathComponent("perkada-spbe"), to: pack)
        return (pack, root.appendingPathComponent("cache"))
    }

    func load(_ pack: URL, cache: URL?) throws -> RuleCatalog {
        try RuleCatalog.load(extraFolders: [pack.path], includeDefaults: false, cacheFolder: cache)
    }

    /// What a rule is, as far as a run can tell.
    func summary(_ catalog: RuleCatalog) -> [String] {
        catalog.rules.map { "\($0.id) \($0.kind) \($0.severity) \($0.area) \($0.profiles) \($0.documentKinds) \($0.citations) \($0.message)" }
    }

    @Test("a catalogue loaded from the cache equals one loaded from the YAML, and lints alike")
    func sameCatalogue() throws {
        let (pack, cache) = try workspace()
        let fromText = try load(pack, cache: nil)
        let first = try load(pack, cache: cache)
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(files.count == 1 && files[0].hasSuffix(".cache"))
        let stored = RuleFileCache(folder: cache, roots: [pack])
        #expect(stored.blobs(of: pack.appendingPathComponent("pack.yml"))?.count == 1)
        #expect(stored.blobs(of: pack.appendingPathComponent("perkada-periode/rule.yml"))?.count == 1)
        let second = try load(pack, cache: cache)
        #expect(summary(first) == summary(fromText))
        #expect(summary(second) == summary(fromText))
        let draft = Repository.examples.appendingPathComponent("perwali-kota-contoh-draf-bermasalah.md")
        let document = try DocumentLoader().load(path: draft.path).get()
        #expect(Linter(rules: second.rules).lint(document) == Linter(rules: fromText.rules).lint(document))
    }

    @Test("instruments.yml is read from the cache like from its YAML, and a broken change is reported at its line")
    func cachedInstruments() throws {
        let (pack, cacheFolder) = try workspace()
        let file = pack.deletingLastPathComponent().appendingPathComponent("instruments.yml")
        try FileManager.default.copyItem(at: Repository.rules.appendingPathComponent("instruments.yml"), to: file)
        func describe(_ registry: InstrumentRegistry) -> [String] {
            registry.instruments.values.map { "\($0.id) \($0.name) \($0.inForce) \(String(describing: $0.revokedBy)) \($0.confidence)" }.sorted()
        }
        let fromText = try InstrumentRegistry.load(file)
        let writer = RuleFileCache(folder: cacheFolder, roots: [pack])
        #expect(describe(try InstrumentRegistry.load(file, cache: writer)) == describe(fromText))
        writer.save()
        let reader = RuleFileCache(folder: cacheFolder, roots: [pack])
        #expect(reader.blobs(of: file)?.count == 1)
        #expect(describe(try InstrumentRegistry.load(file, cache: reader)) == describe(fromText))
        #expect(fromText.instruments.count > 5)
        let text = try String(contentsOf: file, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "inForce: 2018-", with: "inForce: 2018/", options: [], range: text.range(of: "inForce: 2018-"))
        try broken.write(to: file, atomically: false, encoding: .utf8)
        let line = broken.components(separatedBy: "inForce: 2018/")[0].split(separator: "\n", omittingEmptySubsequences: false).count
        #expect {
            _ = try InstrumentRegistry.load(file, cache: RuleFileCache(folder: cacheFolder, roots: [pack]))
        } throws: { error in
            guard let error = error as? RuleLoadError else { return false }
            return error.file == file.path && error.line <= line && error.line >= line - 6
        }
    }

    @Test("a changed rule file is read again; a broken one is reported at its line")
    func changedPack() throws {
        let (pack, cache) = try workspace()
        _ = try load(pack, cache: cache)
        let rule = pack.appendingPathComponent("perkada-periode/rule.yml")
        let text = try String(contentsOf: rule, encoding: .utf8)
        try text.replacingOccurrences(of: "severity: error", with: "severity: info")
            .replacingOccurrences(of: "severity: warning", with: "severity: info").write(to: rule, atomically: false, encoding: .utf8)
        #expect(try load(pack, cache: cache).rules.first { $0.id == "perkada-periode" }?.severity == .info)
        try (text + "tidak-dikenal: 1\n").write(to: rule, atomically: false, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect {
            _ = try load(pack, cache: cache)
        } throws: { error in
            guard let error = error as? RuleLoadError else { return false }
            return error.file == rule.path && error.line == lines
        }
    }

    @Test("an unwritable or damaged cache, or a symlink in its place, never fails a run nor is written through")
    func hostileCache() throws {
        let (pack, cache) = try workspace()
        let expected = summary(try load(pack, cache: nil))
        // The cache folder is a regular file: nothing can be written, the run goes on.
        try Data("bukan folder".utf8).write(to: cache)
        #expect(summary(try load(pack, cache: cache)) == expected)
        try FileManager.default.removeItem(at: cache)
        // A damaged cache file is ignored and replaced.
        _ = try load(pack, cache: cache)
        let file = try #require(try FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil).first)
        try Data("spbelint-rules-cache \(RuleFileCache.formatVersion)\n\u{7}rusak".utf8).write(to: file)
        #expect(summary(try load(pack, cache: cache)) == expected)
        #expect(try Data(contentsOf: file).count > 100)
        // A symlink at the cache's name is replaced, its target left alone.
        let target = cache.deletingLastPathComponent().appendingPathComponent("jangan-ditulis.txt")
        try Data("asli".utf8).write(to: target)
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: target)
        #expect(summary(try load(pack, cache: cache)) == expected)
        #expect(try String(contentsOf: target, encoding: .utf8) == "asli")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test("the cache folder comes from the environment and can be turned off")
    func folderFromEnvironment() {
        #expect(RuleCatalog.cacheFolder(environment: ["HOME": "/home/u"])?.path == "/home/u/.cache/spbelint")
        #expect(RuleCatalog.cacheFolder(environment: ["HOME": "/home/u", "XDG_CACHE_HOME": "/c"])?.path == "/c/spbelint")
        #expect(RuleCatalog.cacheFolder(environment: ["SPBELINT_CACHE_DIR": "/x", "HOME": "/home/u"])?.path == "/x")
        #expect(RuleCatalog.cacheFolder(environment: ["SPBELINT_NO_CACHE": "1", "HOME": "/home/u"]) == nil)
        #expect(RuleCatalog.cacheFolder(environment: [:]) == nil)
    }
}
