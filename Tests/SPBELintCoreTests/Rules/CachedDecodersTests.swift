import Foundation
import Testing
import Yams
@testable import SPBELintCore

/// The hand-written decoders of cached rule files (`init(cached:)`) give what `Codable` through
/// `CachedValueDecoder` gives for every shipped rule and lexicon, so the cache is read by hand
/// without falling back to the YAML.
@Suite("Hand-written cache decoders")
struct CachedDecodersTests {
    static func tree(_ file: URL) throws -> CachedValue {
        let node = try YAMLDecoding.compose(try RulePack.readText(file), file: file.path)
        return try #require(CachedValue(node))
    }

    static func files(named name: String) -> [URL] {
        let all = FileManager.default.enumerator(at: Repository.rules, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return all.filter { $0.lastPathComponent == name }.sorted { $0.path < $1.path }
    }

    static func same(_ a: RuleVariantDefinition, _ b: RuleVariantDefinition) -> Bool {
        a.profiles == b.profiles && a.documents == b.documents && a.severity == b.severity && a.basis == b.basis
            && a.citations == b.citations && a.requires == b.requires
    }

    @Test("every shipped rule.yml decodes by hand to what Codable gives")
    func rules() throws {
        let files = Self.files(named: "rule.yml")
        #expect(files.count > 50)
        for file in files {
            let tree = try Self.tree(file)
            let byHand = try RuleDefinition(cached: tree)
            let coded = try RuleDefinition(from: CachedValueDecoder(tree))
            #expect(byHand.id == coded.id && byHand.kind == coded.kind && byHand.severity == coded.severity
                    && byHand.basis == coded.basis && byHand.area == coded.area && byHand.citations == coded.citations
                    && byHand.indicators == coded.indicators && byHand.profiles == coded.profiles
                    && byHand.documents == coded.documents && byHand.enacts == coded.enacts && byHand.message == coded.message
                    && byHand.description == coded.description && byHand.requires == coded.requires
                    && byHand.termLabels == coded.termLabels, "\(file.path)")
            #expect(byHand.variants?.count == coded.variants?.count
                    && zip(byHand.variants ?? [], coded.variants ?? []).allSatisfy(Self.same), "\(file.path)")
        }
    }

    @Test("every shipped rule loads from its cached tree without falling back to the YAML")
    func rulesLoadCached() throws {
        for pack in try FileManager.default.contentsOfDirectory(at: Repository.rules, includingPropertiesForKeys: nil)
            where FileManager.default.fileExists(atPath: pack.appendingPathComponent("pack.yml").path) {
            let lexicon = try ConceptLexicon.ofPack(holding: pack.appendingPathComponent("x/rule.yml"))
            let instruments = try InstrumentRegistry.forFolder(pack.deletingLastPathComponent())
            for file in Self.files(named: "rule.yml") where file.path.hasPrefix(pack.path + "/") {
                let data = Data(try Self.tree(file).bytes)
                let rule = try RuleLoader.load(cached: data, file: file, pack: pack.lastPathComponent, lexicon: lexicon,
                                               instruments: instruments)
                #expect(rule.id == file.deletingLastPathComponent().lastPathComponent)
            }
        }
    }

    @Test("every shipped required-terms and required-section rule's options decode by hand to what Codable gives")
    func kindOptions() throws {
        var counts = (terms: 0, sections: 0)
        for pack in try FileManager.default.contentsOfDirectory(at: Repository.rules, includingPropertiesForKeys: nil)
            where FileManager.default.fileExists(atPath: pack.appendingPathComponent("pack.yml").path) {
            let lexicon = try ConceptLexicon.ofPack(holding: pack.appendingPathComponent("x/rule.yml"))
            func phrases(_ value: CachedValue) throws -> PhraseList { try PhraseList(cached: value, lexicon: lexicon, usage: nil) }
            for file in Self.files(named: "rule.yml") where file.path.hasPrefix(pack.path + "/") {
                guard case .object(let pairs) = try Self.tree(file),
                      case .string(let kind)? = pairs.first(where: { $0.key == "kind" })?.value else { continue }
                let options = pairs.first(where: { $0.key == "options" })?.value ?? .object([])
                let decoder = CachedValueDecoder(options, userInfo: [ConceptLexicon.userInfoKey: lexicon])
                if kind == RequiredTerms.name {
                    counts.terms += 1
                    let byHand = try RequiredTerms.Options(cached: options, phrases: phrases)
                    let coded = try RequiredTerms.Options(from: decoder)
                    #expect(byHand.scope == coded.scope && byHand.allOf == coded.allOf && byHand.anyOf == coded.anyOf
                            && byHand.fallbackToDocument == coded.fallbackToDocument
                            && byHand.includeYearTables == coded.includeYearTables && byHand.evidence == coded.evidence
                            && byHand.together == coded.together && byHand.widen == coded.widen
                            && byHand.levels?.enabled == coded.levels?.enabled
                            && byHand.levels?.consequences == coded.levels?.consequences
                            && byHand.combine == coded.combine && byHand.scopeAlso == coded.scopeAlso, "\(file.path)")
                } else if kind == RequiredSection.name {
                    counts.sections += 1
                    let byHand = try RequiredSection.Options(cached: options, phrases: phrases)
                    let coded = try RequiredSection.Options(from: decoder)
                    #expect(byHand.headings == coded.headings && byHand.within == coded.within && byHand.near == coded.near
                            && byHand.minWords == coded.minWords, "\(file.path)")
                }
            }
        }
        #expect(counts.terms > 20 && counts.sections > 5)
        #expect(throws: (any Error).self) {
            try RequiredSection.Options(cached: .object([("headings", .string("Visi")), ("minWords", .string("3"))]),
                                        phrases: { try PhraseList(cached: $0, lexicon: ConceptLexicon(), usage: nil) })
        }
        #expect(throws: (any Error).self) {
            try RequiredTerms.Options(cached: .object([("evidence", .string("rumor"))]),
                                      phrases: { try PhraseList(cached: $0, lexicon: ConceptLexicon(), usage: nil) })
        }
    }

    @Test("every shipped concepts.yml decodes by hand to what Codable gives")
    func lexicons() throws {
        let files = Self.files(named: "concepts.yml")
        #expect(!files.isEmpty)
        for file in files {
            let tree = try Self.tree(file)
            let byHand = try LexiconDefinition(cached: tree)
            let coded = try LexiconDefinition(from: CachedValueDecoder(tree))
            #expect(!byHand.concepts.isEmpty && byHand.concepts == coded.concepts, "\(file.path)")
        }
    }

    @Test("hand-written decoders refuse what Codable refuses")
    func strictness() throws {
        let rule: [(key: String, value: CachedValue)] = [
            ("id", .string("x")), ("kind", .string("required-section")), ("severity", .string("error")), ("area", .string("dokumen")),
            ("citations", .array([.object([("instrument", .string("Perpres 95/2018")), ("article", .string("Pasal 1")),
                                           ("confidence", .string("confirmed"))])])),
            ("message", .object([("id", .string("Pesan")), ("en", .string("Message"))])),
        ]
        #expect((try? RuleDefinition(cached: .object(rule))) != nil)
        let broken: [[(key: String, value: CachedValue)]] = [
            rule + [("unknown", .string("x"))],
            rule.filter { $0.key != "id" },
            rule.map { $0.key == "severity" ? ($0.key, .string("fatal")) : $0 },
            rule.map { $0.key == "id" ? ($0.key, .int(1)) : $0 },
            rule.map { $0.key == "citations" ? ($0.key, .null) : $0 },
            rule.map { $0.key == "message" ? ($0.key, .object([("id", .string("Pesan"))])) : $0 },
            rule + [("profiles", .array([.string("galaksi")]))],
            rule + [("indicators", .array([.object([("framework", .string("f")), ("number", .string("7"))])]))],
        ]
        for entry in broken {
            #expect(throws: (any Error).self) { try RuleDefinition(cached: .object(entry)) }
            #expect(throws: (any Error).self) { try RuleDefinition(from: CachedValueDecoder(.object(entry))) }
        }
        #expect(throws: (any Error).self) { try PhraseEntry(cached: .object([("konsep", .string("x"))])) }
        #expect(throws: (any Error).self) { try PhraseEntry(cached: .int(3)) }
    }
}
