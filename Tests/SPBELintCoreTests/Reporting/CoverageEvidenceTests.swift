import Foundation
import Testing
@testable import SPBELintCore

@Suite("Coverage counts only requirements met with evidence")
struct CoverageEvidenceTests {
    @Test("a silent check that names no place is met without evidence: [~] in text, withoutEvidence in JSON, out of the percentage")
    func withoutEvidence() throws {
        let fixture = try GatingFixture()
        let path = try fixture.write("draf.md", GatingFixture.draft)
        let result = try fixture.lint([path])
        let coverage = try #require(result.coverage.first)
        let silent = coverage.requirements.filter(\.withoutEvidence)
        #expect(!silent.isEmpty, "the draft has checks for defects that find none")
        #expect(silent.allSatisfy { $0.status == .met && $0.evidencePosition == nil && $0.evidenceHeading == nil })
        let met = coverage.requirements.filter(\.isMetWithEvidence).count
        let notMet = coverage.requirements.filter { $0.status == .notMet }.count
        #expect(coverage.percent == (met * 100 + (met + notMet) / 2) / (met + notMet))
        #expect(coverage.areas.map(\.withoutEvidence).reduce(0, +) == silent.count)
        #expect(coverage.areas.map(\.met).reduce(0, +) == met)

        let text = CoverageTextRenderer(language: .id).render(result.coverage)
        for requirement in silent { #expect(text.contains("[~] \(requirement.ruleId)")) }
        #expect(text.contains(", tanpa bukti "))

        let json = JSONReporter().render(result, language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(((object["coverage"] as? [[String: Any]])?.first?["requirements"]) as? [[String: Any]])
        let flagged = entries.filter { $0["withoutEvidence"] as? Bool == true }.compactMap { $0["ruleId"] as? String }
        #expect(Set(flagged) == Set(silent.map(\.ruleId)))
        #expect(entries.filter { $0["withoutEvidence"] != nil }.count == silent.count, "absent when false")
    }
}
