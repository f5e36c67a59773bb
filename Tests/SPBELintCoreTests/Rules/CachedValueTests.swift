import Foundation
import Testing
import Yams
@testable import SPBELintCore

/// The cache's value trees and their decoder: the same values and the same strictness as the
/// JSON they replace, damage detected, and every shipped pack loading alike from YAML and cache.
@Suite("Cached value trees")
struct CachedValueTests {
    func node(_ yaml: String) throws -> Node {
        guard let node = try Yams.compose(yaml: yaml) else { throw CocoaError(.coderValueNotFound) }
        return node
    }

    func tree(_ yaml: String) throws -> CachedValue {
        guard let value = CachedValue(try node(yaml)) else { throw CocoaError(.coderInvalidValue) }
        return value
    }

    @Test("a tree survives its byte form; damaged bytes are refused")
    func roundTrip() throws {
        let value = try tree("""
            id: contoh
            n: -42
            big: 9007199254740993
            x: 2.5
            ok: true
            none: ~
            date: 2018-10-02
            list: [satu, "dua", 3, {concept: arsitektur}]
            teks: "ünïcödé · 中文"
            """)
        let bytes = value.bytes
        #expect(CachedValue(bytes: Data(bytes)) == value)
        if case .object(let pairs) = value {
            #expect(pairs.map(\.key) == ["id", "n", "big", "x", "ok", "none", "date", "list", "teks"])
            #expect(pairs[1].value == .int(-42) && pairs[2].value == .int(9_007_199_254_740_993))
            #expect(pairs[6].value == .string("2018-10-02"))
        } else {
            Issue.record("not a mapping")
        }
        #expect(CachedValue(bytes: Data(bytes.dropLast())) == nil)
        #expect(CachedValue(bytes: Data(bytes + [0])) == nil)
        #expect(CachedValue(bytes: Data([9])) == nil)
        #expect(CachedValue(bytes: Data([5, 200, 1, 65])) == nil)
        // What JSON could not hold is not cached: non-string keys, infinities.
        #expect(CachedValue(try node("1: satu\n")) == nil)
        #expect(CachedValue(try node("x: .inf\n")) == nil)
    }

    struct Sample: Decodable, Equatable {
        var name: String
        var count: Int
        var ratio: Double
        var flag: Bool?
        var tags: [String]
        var labels: [String: Int]
    }

    @Test("decoding gives what JSONDecoder gives, and fails where it fails")
    func sameAsJSON() throws {
        let cases = [
            ("name: a\ncount: 3\nratio: 1\ntags: [x, y]\nlabels: {p: 1, q: 2}\n",
             #"{"name":"a","count":3,"ratio":1,"tags":["x","y"],"labels":{"p":1,"q":2}}"#),
            ("name: a\ncount: 3\nratio: 0.5\nflag: ~\ntags: []\nlabels: {}\n",
             #"{"name":"a","count":3,"ratio":0.5,"flag":null,"tags":[],"labels":{}}"#),
            ("name: a\ncount: 3\nratio: 0.5\nflag: false\ntags: []\nlabels: {}\n",
             #"{"name":"a","count":3,"ratio":0.5,"flag":false,"tags":[],"labels":{}}"#),
        ]
        for (yaml, json) in cases {
            let cached = try CachedValueDecoder.decode(Sample.self, from: Data(try tree(yaml).bytes))
            #expect(cached == (try JSONDecoder().decode(Sample.self, from: Data(json.utf8))))
        }
        let wrong = [
            "name: 1\ncount: 3\nratio: 1\ntags: []\nlabels: {}\n",       // a number for a string
            "name: a\ncount: '3'\nratio: 1\ntags: []\nlabels: {}\n",     // a string for a number
            "name: a\ncount: 2.5\nratio: 1\ntags: []\nlabels: {}\n",     // a fraction for an integer
            "name: a\ncount: 3\nratio: 1\nflag: 1\ntags: []\nlabels: {}\n", // a number for a boolean
            "name: a\nratio: 1\ntags: []\nlabels: {}\n",                 // a key missing
            "name: a\ncount: 3\nratio: 1\ntags: x\nlabels: {}\n",        // a string for a list
            "name: a\ncount: ~\nratio: 1\ntags: []\nlabels: {}\n",       // null for a number
        ]
        for yaml in wrong {
            #expect(throws: DecodingError.self) { try CachedValueDecoder.decode(Sample.self, from: Data(try tree(yaml).bytes)) }
        }
    }

    /// What a rule is, as far as a run can tell.
    func summary(_ rules: [Rule]) -> [String] {
        rules.map { "\($0.id) \($0.kind) \($0.severity) \($0.basis) \($0.area) \($0.profiles) \($0.documentKinds) \($0.citations) \($0.message) \($0.variants.count) \($0.requires.map(\.id)) \($0.concepts.map(\.id)) \($0.termLabels.sorted { $0.key < $1.key })" }
    }

    @Test("every shipped pack loads from the cache as from its YAML, and lints the examples alike")
    func shippedPacksAlike() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-cached-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let fromText = try RuleCatalog.load(extraFolders: [Repository.rules.path], includeDefaults: false, cacheFolder: nil)
        _ = try RuleCatalog.load(extraFolders: [Repository.rules.path], includeDefaults: false, cacheFolder: cache)
        let files = try FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)
        let stored = RuleFileCache(folder: cache, roots: [Repository.rules])
        let ruleFile = fromText.rules[0].folder!.appendingPathComponent("rule.yml")
        #expect(files.count == 1 && stored.blobs(of: ruleFile)?.count == 1)
        let fromCache = try RuleCatalog.load(extraFolders: [Repository.rules.path], includeDefaults: false, cacheFolder: cache)
        #expect(fromText.rules.count > 50)
        #expect(summary(fromCache.rules) == summary(fromText.rules))
        for name in ["kota-contoh-draf.md", "perwali-kota-contoh-draf-bermasalah.md", "kabupaten-sukamaju-lengkap.xml"] {
            let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(name).path).get()
            #expect(Linter(rules: fromCache.rules).lint(document) == Linter(rules: fromText.rules).lint(document), "\(name)")
        }
    }

    @Test("a concept named alone is compiled once per lexicon and matches like a list built from its phrases")
    func sharedConceptLists() throws {
        let pack = try RulePack.load(from: Repository.rules.appendingPathComponent("perpres-95-2018"))
        let lexicon = pack.concepts
        #expect(!lexicon.concepts.isEmpty)
        func decode(_ yaml: String) throws -> PhraseList {
            try YAMLDecoder().decode(PhraseList.self, from: try node(yaml), userInfo: [ConceptLexicon.userInfoKey: lexicon])
        }
        let probes = [["arsitektur", "spbe"], ["peta", "rencana", "spbe"], ["pusat", "data", "nasional"], ["layanan"],
                      ["rencana", "induk"], ["jaringan", "intra", "pemerintah", "daerah"], ["keamanan", "informasi"]]
        for id in lexicon.concepts.keys.sorted() {
            let first = try decode("{concept: \(id)}")
            let again = try decode("concept: \(id)")
            let cached = try PhraseList(from: CachedValueDecoder(.object([("concept", .string(id))]),
                                                                userInfo: [ConceptLexicon.userInfoKey: lexicon]))
            let names = lexicon.concept(id).map { ($0.label.id, $0.label.en) }
            let built = PhraseList(lexicon.phrases(of: id), concepts: [id], names: names, exclusions: lexicon.exclusions(of: id))
            for list in [first, again, cached] {
                #expect(list == built && list.words == built.words && list.patterns == built.patterns)
                #expect(list.exclusions == built.exclusions && list.names?.id == built.names?.id && list.label == built.label)
                for probe in probes { #expect(list.matches(probe) == built.matches(probe)) }
            }
        }
        // A concept in a longer list is still expanded in place, its name left out.
        let mixed = try decode("[{concept: arsitektur}, rencana induk]")
        #expect(mixed.phrases.last == "rencana induk" && mixed.concepts == ["arsitektur"] && mixed.names == nil)
    }
}
