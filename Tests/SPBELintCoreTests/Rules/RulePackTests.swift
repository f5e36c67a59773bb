import Foundation
import Testing
@testable import SPBELintCore

@Suite("Rule packs")
struct RulePackTests {
    let catalog = try! RuleCatalog.load(extraFolders: [], includeDefaults: false)

    static func shippedPacks() throws -> [RulePack] {
        try RulePack.loadAll(from: Repository.rules)
    }

    @Test("every shipped rule has at least one compliant and one noncompliant example")
    func examplesPresent() throws {
        for rule in try Self.shippedPacks().flatMap(\.rules) {
            let names = rule.examples.map(\.lastPathComponent)
            #expect(names.contains { $0.hasPrefix("compliant") }, "\(rule.id) has no compliant example")
            #expect(names.contains { $0.hasPrefix("noncompliant") }, "\(rule.id) has no noncompliant example")
        }
    }

    @Test("every rule kind is used by at least one shipped rule")
    func kindsUsed() throws {
        let used = Set(try Self.shippedPacks().flatMap(\.rules).map(\.kind))
        for kind in RuleKindRegistry.all {
            #expect(used.contains(kind.name), "kind \(kind.name) is used by no rule")
        }
    }

    @Test("rule ids are kebab-case and unique; every rule cites at least one provision")
    func ids() throws {
        let rules = try Self.shippedPacks().flatMap(\.rules)
        #expect(Set(rules.map(\.id)).count == rules.count)
        for rule in rules {
            #expect(rule.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(rule.id)")
            #expect(!rule.citations.isEmpty || rule.basis == .praktikBaik, "\(rule.id)")
            #expect(!rule.message.id.isEmpty && !rule.message.en.isEmpty)
        }
    }

    @Test("the first pack covers identity, vision, policy, all six domains, all seven roadmap contents and the legal basis")
    func coverage() throws {
        let ids = Set(try Self.shippedPacks().flatMap(\.rules).map(\.id))
        let domains = ["proses-bisnis", "data-informasi", "layanan", "aplikasi", "infrastruktur", "keamanan"]
        let contents = ["tata-kelola", "manajemen", "layanan", "infrastruktur", "aplikasi", "keamanan", "audit-tik"]
        let expected = ["dokumen-identitas", "dokumen-periode", "visi-misi-spbe", "tujuan-sasaran-spbe",
                        "arah-kebijakan-spbe", "strategi-spbe", "arsitektur-spbe", "peta-rencana-spbe",
                        "dasar-hukum", "dasar-hukum-perpres-95"]
            + domains.map { "arsitektur-domain-\($0)" } + contents.map { "peta-rencana-\($0)" }
        for id in expected { #expect(ids.contains(id), "missing rule \(id)") }
    }
}

@Suite("Strict rule loading")
struct StrictRuleLoadingTests {
    func write(_ yaml: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("spbelint-rule-\(UUID().uuidString)/contoh-aturan")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("rule.yml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    let valid = """
        id: contoh-aturan
        kind: required-section
        severity: error
        area: visi-misi
        citations:
          - { instrument: Perpres 95/2018, article: Pasal 1 angka 5, confidence: confirmed }
        message: { id: Tidak ada visi., en: No vision. }
        options:
          headings: [visi]
        """

    func loadError(_ yaml: String) throws -> RuleLoadError? {
        let file = try write(yaml)
        do {
            _ = try RuleLoader.load(file, pack: "uji")
            return nil
        } catch {
            return error
        }
    }

    @Test("a valid rule loads")
    func validLoads() throws {
        #expect(try loadError(valid) == nil)
    }

    @Test("an unknown top-level key is an error at its line")
    func unknownKey() throws {
        let error = try #require(try loadError(valid + "\nseverety: warning\n"))
        #expect(error.line == 10)
        #expect(error.message.contains("unknown key 'severety'"))
    }

    @Test("an unknown option key is an error at its line")
    func unknownOption() throws {
        let error = try #require(try loadError(valid + "\n  heading: [misi]\n"))
        #expect(error.line == 10)
        #expect(error.message.contains("unknown key 'heading'"))
    }

    @Test("an unknown kind is an error at the kind's position")
    func unknownKind() throws {
        let error = try #require(try loadError(valid.replacingOccurrences(of: "kind: required-section", with: "kind: required-sectoin")))
        #expect(error.line == 2 && error.column == 7)
        #expect(error.message.contains("unknown kind"))
    }

    @Test("an unknown area is an error listing the known areas")
    func unknownArea() throws {
        let error = try #require(try loadError(valid.replacingOccurrences(of: "area: visi-misi", with: "area: visi")))
        #expect(error.line == 4)
        #expect(error.message.contains("pemantauan-evaluasi"))
    }

    @Test("a bad severity and a YAML syntax error carry positions")
    func badValues() throws {
        let severity = try #require(try loadError(valid.replacingOccurrences(of: "severity: error", with: "severity: fatal")))
        #expect(severity.line == 3)
        let syntax = try #require(try loadError(valid + "\n  - [unclosed\n"))
        #expect(syntax.line >= 10)
    }

    @Test("a rule id that differs from its folder is rejected")
    func idMismatch() throws {
        let error = try #require(try loadError(valid.replacingOccurrences(of: "id: contoh-aturan", with: "id: lain")))
        #expect(error.message.contains("folder"))
    }
}
