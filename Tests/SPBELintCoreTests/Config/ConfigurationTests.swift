import Foundation
import Testing
@testable import SPBELintCore

@Suite("configuration (.spbelint.yml)")
struct ConfigurationTests {
    @Test("globs: *, ?, **, names at any depth, folders match what is below them")
    func globs() {
        #expect(Glob("drafts/**").matches("drafts/a/b.md"))
        #expect(Glob("drafts/").matches("drafts/b.md"))
        #expect(Glob("drafts").matches("x/drafts/b.md"))
        #expect(!Glob("drafts/**").matches("final/b.md"))
        #expect(Glob("*.xml").matches("a/b/c.xml"))
        #expect(!Glob("*.xml").matches("a/b/c.md"))
        #expect(Glob("docs/*/rencana-?.md").matches("docs/2025/rencana-1.md"))
        #expect(!Glob("docs/*/rencana-?.md").matches("docs/2025/x/rencana-1.md"))
        #expect(Glob("**/lampiran/*.md").matches("lampiran/a.md"))
        #expect(Glob("./docs/**/*.md").matches("docs/a/b/c.md"))
    }

    @Test("rules off or at another severity, packs off, overrides per glob, profile")
    func settings() throws {
        let fixture = try GatingFixture()
        try fixture.write(".spbelint.yml", """
            profile: pemda
            rules:
              dasar-hukum: off
              arsitektur-domain-keamanan: warning
            overrides:
              - files: ["drafts/**"]
                rules: { dasar-hukum: on, peta-rencana-audit-tik: info }
            """)
        let final = try fixture.write("final/draf.md", GatingFixture.draft)
        let draft = try fixture.write("drafts/draf.md", GatingFixture.draft)
        let result = try fixture.lint([final, draft])
        let inFinal = result.findings.filter { $0.path == final }
        #expect(inFinal.map(\.ruleId).sorted() == ["arsitektur-domain-keamanan", "peta-rencana-audit-tik"])
        #expect(inFinal.first { $0.ruleId == "arsitektur-domain-keamanan" }?.severity == .warning)
        let inDraft = result.findings.filter { $0.path == draft }
        #expect(inDraft.map(\.ruleId).sorted() == ["arsitektur-domain-keamanan", "dasar-hukum", "peta-rencana-audit-tik"])
        #expect(inDraft.first { $0.ruleId == "peta-rencana-audit-tik" }?.severity == .info)
        #expect(!result.coverage[0].requirements.contains { $0.ruleId == "dasar-hukum" }, "a rule turned off is not evaluated")

        try fixture.write(".spbelint.yml", "packs:\n  perpres-95-2018: off\nrules:\n  dasar-hukum: error\n")
        #expect(try fixture.lint([final]).findings.map(\.ruleId) == ["dasar-hukum"], "a rule's own setting beats its pack's")
    }

    @Test("ignore skips files; the nearest file wins; the search stops at .git; --config replaces discovery")
    func discovery() throws {
        let fixture = try GatingFixture()
        let outer = fixture.folder.appendingPathComponent("luar")
        try FileManager.default.createDirectory(at: outer, withIntermediateDirectories: true)
        try "rules:\n  dasar-hukum: off\n".write(to: outer.appendingPathComponent(".spbelint.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: outer.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        let inside = outer.appendingPathComponent("repo/docs/draf.md")
        try FileManager.default.createDirectory(at: inside.deletingLastPathComponent(), withIntermediateDirectories: true)
        try GatingFixture.draft.write(to: inside, atomically: true, encoding: .utf8)
        let linter = LintRun(linter: Linter(rules: GatingFixture.rules))
        #expect(try linter.run(paths: [inside.path], configuration: .discover).findings.contains { $0.ruleId == "dasar-hukum" },
                "the file above .git is not used")
        #expect(try !linter.run(paths: [inside.path], configuration: .file(outer.appendingPathComponent(".spbelint.yml").path))
            .findings.contains { $0.ruleId == "dasar-hukum" })

        try fixture.write(".spbelint.yml", "rules:\n  dasar-hukum: off\n")
        try fixture.write("a/.spbelint.yml", "ignore: [\"lama/**\"]\nrules:\n  peta-rencana-audit-tik: off\n")
        let near = try fixture.write("a/draf.md", GatingFixture.draft)
        let ignored = try fixture.write("a/lama/draf.md", GatingFixture.draft)
        let result = try fixture.lint([near, ignored])
        #expect(result.documents.map(\.path) == [near])
        #expect(result.findings.map(\.ruleId).sorted() == ["arsitektur-domain-keamanan", "dasar-hukum"], "only the nearest file applies")
    }

    @Test("extends: relative, merged under the file's own settings; cycles are errors")
    func extends() throws {
        let fixture = try GatingFixture()
        try fixture.write("bersama/dasar.yml", "rules:\n  dasar-hukum: off\n  peta-rencana-audit-tik: warning\n")
        let config = try fixture.write("proyek/.spbelint.yml", "extends: ../bersama/dasar.yml\nrules:\n  peta-rencana-audit-tik: on\n")
        var loader = ConfigurationLoader(knownRules: Set(GatingFixture.rules.map(\.id)), knownPacks: ["perpres-95-2018"])
        let loaded = try loader.load(path: config)
        #expect(loaded.rules["dasar-hukum"] == RuleSetting(enabled: false))
        #expect(loaded.rules["peta-rencana-audit-tik"] == RuleSetting(enabled: true, severity: .warning))
        #expect(loaded.files.count == 2)

        let a = try fixture.write("a.yml", "extends: b.yml\n")
        try fixture.write("b.yml", "rules: {}\nextends: [c.yml]\n")
        try fixture.write("c.yml", "extends: a.yml\n")
        let error = #expect(throws: RuleLoadError.self) { try loader.load(path: a) }
        #expect(error?.message.contains("cycle: a.yml -> b.yml -> c.yml -> a.yml") == true)
        #expect(error?.file.hasSuffix("c.yml") == true && error?.line == 1 && error?.column == 10)
    }

    @Test("unknown keys, rules, packs, profiles and values are errors at file:line:column")
    func strict() throws {
        let fixture = try GatingFixture()
        var loader = ConfigurationLoader(knownRules: ["dasar-hukum"], knownPacks: ["perpres-95-2018"])
        func error(_ text: String) throws -> RuleLoadError? {
            let path = try fixture.write("c-\(UUID().uuidString).yml", text)
            return #expect(throws: RuleLoadError.self) { try loader.load(path: path) }
        }
        let key = try error("rules:\n  dasar-hukum: off\nrulez: {}\n")
        #expect(key?.line == 3 && key?.column == 1 && key?.message.contains("unknown key 'rulez'") == true)
        let rule = try error("overrides:\n  - files: a/**\n    rules:\n      dasar-hukm: off\n")
        #expect(rule?.line == 4 && rule?.column == 7 && rule?.message.contains("unknown rule 'dasar-hukm'") == true)
        let pack = try error("packs:\n  perpres: off\n")
        #expect(pack?.line == 2 && pack?.message.contains("unknown pack") == true)
        let value = try error("rules:\n  dasar-hukum: sometimes\n")
        #expect(value?.line == 2 && value?.column == 16)
        let profile = try error("profile: kecamatan\n")
        #expect(profile?.line == 1)
        let override = try error("overrides:\n  - rules: { dasar-hukum: off }\n")
        #expect(override?.line == 2)
        let missing = try error("extends: tidak-ada.yml\n")
        #expect(missing?.message.contains("does not exist") == true && missing?.column == 10)
    }

    static let schema = Repository.root.appendingPathComponent("Schemas/spbelint-config.schema.json")

    @Test("the JSON Schema names exactly the keys the loader accepts")
    func schemaKeys() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schema)) as? [String: Any])
        let top = try #require(object["properties"] as? [String: Any])
        #expect(Set(top.keys) == Set(ConfigFileDefinition.CodingKeys.allCases.map(\.rawValue)))
        let override = try #require((((top["overrides"] as? [String: Any])?["items"]) as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(override.keys) == Set(OverrideDefinition.CodingKeys.allCases.map(\.rawValue)))
        #expect(object["additionalProperties"] as? Bool == false)
    }

    static let example = """
        extends: ../bersama/spbelint.yml
        profile: pemda
        packs:
          perpres-95-2018: on
        rules:
          dasar-hukum: error
          arsitektur-reviu: warning
          suppression-tidak-terpakai: off
        overrides:
          - files: ["drafts/**", "*.draft.md"]
            rules:
              peta-rencana-audit-tik: info
          - files: lampiran/
            profile: perkada
        ignore: ["arsip/**"]
        """

    @Test("an example configuration is valid against the schema, and broken ones are not",
          .enabled(if: JSONSchemaCheck.available && JSONSchemaCheck.yamlAvailable))
    func schemaValidation() throws {
        let fixture = try GatingFixture()
        func check(_ yaml: String) throws -> Int32 {
            let source = fixture.folder.appendingPathComponent("c-\(UUID().uuidString).yml")
            try yaml.write(to: source, atomically: true, encoding: .utf8)
            let file = source.appendingPathExtension("json")
            let converted = try JSONSchemaCheck.run(["-c", "import sys, json, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), open(sys.argv[2], 'w'))",
                                                     source.path, file.path])
            #expect(converted.status == 0, "\(converted.output)")
            return try JSONSchemaCheck.validate(instance: file, schema: Self.schema).status
        }
        #expect(try check(Self.example) == 0)
        #expect(try check("rulez: {}") != 0)
        #expect(try check("rules: { dasar-hukum: sometimes }") != 0)
        #expect(try check("overrides: [ { rules: {} } ]") != 0)
        #expect(try check("profile: kecamatan") != 0)

        // The same example loads in spbelint (with the rules it names known).
        try fixture.write("bersama/spbelint.yml", "rules: {}\n")
        let path = try fixture.write("proyek/.spbelint.yml", Self.example)
        var loader = ConfigurationLoader(knownRules: ["dasar-hukum", "arsitektur-reviu", "suppression-tidak-terpakai", "peta-rencana-audit-tik"],
                                         knownPacks: ["perpres-95-2018"])
        let loaded = try loader.load(path: path)
        #expect(loaded.overrides.count == 2 && loaded.ignore.count == 1 && loaded.profile == .pemda)
    }
}
