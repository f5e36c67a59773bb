import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SPBELintCore

/// Collects element names and attributes of an XML text; fails the test when it is not well-formed.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    static func parse(_ xml: String) -> XMLCollector? {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((elementName, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite("JUnit, GitHub, GitLab and Checkstyle reports")
struct CIFormatsTests {
    func draftResult(_ fixture: GatingFixture, waiveKeamanan: Bool = true) throws -> LintResult {
        let path = try fixture.write("draf.md", GatingFixture.draft)
        var result = try fixture.lint([path])
        if waiveKeamanan {
            Waivers(file: "waivers.yml", entries: [Waiver(fingerprint: nil, rule: "arsitektur-domain-keamanan", path: path,
                                                          reason: "Menunggu BSSN", owner: "Diskominfo", expires: "2999-12-31",
                                                          position: .start)]).apply(to: &result, today: "2026-01-01")
        }
        return result
    }

    @Test("JUnit: one case per applicable rule; passes, failures, waived as skipped; unique names; well-formed")
    func junit() throws {
        let fixture = try GatingFixture()
        let result = try draftResult(fixture)
        let xml = JUnitReporter(baseDirectory: fixture.folder.path).render(result, language: .id)
        let parsed = try #require(XMLCollector.parse(xml), "well-formed XML")
        let cases = parsed.elements.filter { $0.name == "testcase" }
        let applicable = result.coverage[0].requirements.filter { $0.status != .notApplicable }
        #expect(cases.count == applicable.count)
        #expect(Set(cases.compactMap { $0.attributes["name"] }).count == cases.count, "names are unique per classname")
        #expect(cases.allSatisfy { $0.attributes["classname"] == "draf.md" && $0.attributes["file"] == "draf.md" })
        let failures = parsed.elements.filter { $0.name == "failure" }
        #expect(failures.count == 2)
        let skipped = try #require(parsed.elements.first { $0.name == "skipped" })
        #expect(skipped.attributes["message"]?.contains("Menunggu BSSN") == true)
        #expect(skipped.attributes["message"]?.contains("2999-12-31") == true)
        let suite = try #require(parsed.elements.first { $0.name == "testsuite" })
        #expect(suite.attributes["tests"] == "\(applicable.count)")
        #expect(suite.attributes["failures"] == "2" && suite.attributes["skipped"] == "1" && suite.attributes["errors"] == "0")
        #expect(parsed.text.contains("Pasal 19 ayat (1)"), "the failure body carries the citation")
    }

    @Test("JUnit: an unreadable input is an error case")
    func junitError() throws {
        let result = LintResult(documents: [], findings: [], problems: [InputProblem(path: "a&b.md", message: "Berkas kosong.", messageEN: "Empty.")])
        let parsed = try #require(XMLCollector.parse(JUnitReporter(baseDirectory: "/").render(result, language: .id)))
        #expect(parsed.elements.contains { $0.name == "error" })
        #expect(parsed.elements.first { $0.name == "testsuite" }?.attributes["name"] == "a&b.md")
    }

    @Test("GitHub: ::error file=…,line=…,col=…,title=…::message with escaping")
    func github() throws {
        let fixture = try GatingFixture()
        let output = GitHubReporter(baseDirectory: fixture.folder.path).render(try draftResult(fixture, waiveKeamanan: false), language: .id)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.contains { $0.hasPrefix("::warning file=draf.md,line=247,col=1,title=spbelint%3A peta-rencana-audit-tik::Peta Rencana SPBE belum memuat Audit TIK;") })
        #expect(GitHubReporter.data("50%\nx") == "50%25%0Ax")
        #expect(GitHubReporter.property("a,b:c") == "a%2Cb%3Ac")
        #expect(GitHubReporter.level(.info) == "notice")
    }

    @Test("GitLab Code Quality: description, check_name, unique fingerprint, severity, location")
    func gitlab() throws {
        let fixture = try GatingFixture()
        var result = try draftResult(fixture, waiveKeamanan: false)
        result.findings.append(result.findings[0])
        let text = GitLabReporter(baseDirectory: fixture.folder.path).render(result, language: .en)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == 4)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 4, "duplicates get a fingerprint of their own")
        #expect(Set(issues.compactMap { $0["severity"] as? String }) == ["minor", "info"], "warnings are minor, info is info")
        for issue in issues {
            #expect(issue["description"] is String && issue["check_name"] is String)
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] as? String == "draf.md")
            #expect(((location["lines"] as? [String: Any])?["begin"] as? Int ?? 0) >= 1)
        }
    }

    @Test("Checkstyle: a file element per document, an error per finding, well-formed")
    func checkstyle() throws {
        let fixture = try GatingFixture()
        let complete = try fixture.write("lengkap.xml", String(contentsOf: Repository.examples.appendingPathComponent("kabupaten-sukamaju-lengkap.xml"), encoding: .utf8))
        let draft = try fixture.write("draf.md", GatingFixture.draft)
        let result = try fixture.lint([draft, complete])
        let parsed = try #require(XMLCollector.parse(CheckstyleReporter(baseDirectory: fixture.folder.path).render(result, language: .id)))
        #expect(parsed.elements.filter { $0.name == "file" }.compactMap { $0.attributes["name"] } == ["draf.md", "lengkap.xml"])
        let errors = parsed.elements.filter { $0.name == "error" }
        #expect(errors.count == 3)
        #expect(errors.contains { $0.attributes["source"] == "spbelint.dasar-hukum" && $0.attributes["line"] == "11" && $0.attributes["severity"] == "info" })
    }
}
