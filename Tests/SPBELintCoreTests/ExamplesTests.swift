import Foundation
import Testing
@testable import SPBELintCore

@Suite("Shipped examples")
struct ExamplesTests {
    let linter = Linter(rules: try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules))

    func lint(_ name: String) throws -> [Finding] {
        let path = Repository.examples.appendingPathComponent(name).path
        let document = try DocumentLoader().load(path: path).get()
        return linter.lint(document)
    }

    func line(of heading: String, in name: String) throws -> Int {
        let text = try String(contentsOf: Repository.examples.appendingPathComponent(name), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.hasPrefix(heading) }) + 1
    }

    @Test("the Kota draft yields exactly its three gaps, each at the right place")
    func draft() throws {
        let name = "kota-contoh-draf.md"
        let findings = try lint(name)
        let got = findings.map { "\($0.ruleId)@\($0.position.line)" }
        let expected = [
            "dasar-hukum@\(try line(of: "# BAB I ", in: name))",
            "arsitektur-domain-keamanan@\(try line(of: "# BAB V ", in: name))",
            "peta-rencana-audit-tik@\(try line(of: "# BAB VI ", in: name))",
        ]
        #expect(got == expected)
    }

    @Test("complete documents yield no error", arguments: [
        "kabupaten-sukamaju-lengkap.xml",
        "kementerian-contoh-rencana-induk.md",
        "kabupaten-sukamaju-peta-rencana.md",
        "kota-contoh-arsitektur-spbe.md",
        "perwali-kota-contoh-rencana-induk-spbe.md",
    ])
    func complete(_ name: String) throws {
        let findings = try lint(name)
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.map { "\($0.ruleId)@\($0.position.line): \($0.message.id)" })")
    }
}

@Suite("Coverage")
struct CoverageTests {
    let linter = Linter(rules: try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules))

    func coverage(_ name: String) throws -> DocumentCoverage {
        let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(name).path).get()
        return linter.evaluate(document).coverage
    }

    @Test("the draft's coverage shows each gap as not met and points met requirements at their sections")
    func draft() throws {
        let coverage = try coverage("kota-contoh-draf.md")
        let arsitektur = try #require(coverage.areas.first { $0.area == .arsitektur })
        #expect(arsitektur.notMet == 1 && arsitektur.met >= 6)
        let notMet = coverage.requirements.filter { $0.status == .notMet }.map(\.ruleId)
        #expect(notMet == ["arsitektur-domain-keamanan", "dasar-hukum", "peta-rencana-audit-tik"])
        let perpres = try #require(coverage.requirements.first { $0.ruleId == "dasar-hukum-perpres-95" })
        #expect(perpres.status == .notApplicable, "no legal-basis section to look in; dasar-hukum reports it")
        let domain = try #require(coverage.requirements.first { $0.ruleId == "arsitektur-domain-aplikasi" })
        #expect(domain.evidenceHeading == "5.4 Domain Arsitektur Aplikasi SPBE")
        let percent = try #require(coverage.percent)
        #expect(percent > 80 && percent < 100)
    }

    @Test("complete documents are fully covered; rules for other document kinds are not applicable")
    func complete() throws {
        #expect(try coverage("kementerian-contoh-rencana-induk.md").percent == 100)
        let roadmap = try coverage("kabupaten-sukamaju-peta-rencana.md")
        #expect(roadmap.percent == 100)
        let visi = try #require(roadmap.requirements.first { $0.ruleId == "visi-misi-spbe" })
        #expect(visi.status == .notApplicable)
    }
}
