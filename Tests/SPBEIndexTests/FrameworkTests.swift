import Foundation
import SPBEIndex
import Testing

@Suite("Evaluation frameworks")
struct FrameworkTests {
    @Test func weightsOf59Of2020NestAndSumTo100() throws {
        let framework = try TestSupport.framework()
        #expect(framework.status == .berlaku)
        #expect(framework.indicators.count == 47)
        #expect(framework.aspects.count == 8)
        #expect(framework.domains.count == 4)
        #expect(framework.totalWeight == FixedPoint(integer: 100))
        #expect(framework.domains.reduce(FixedPoint.zero) { $0 + $1.weight } == FixedPoint(integer: 100))
        #expect(framework.aspects.reduce(FixedPoint.zero) { $0 + $1.weight } == FixedPoint(integer: 100))
        #expect(framework.domains.map { $0.weight.formatted() } == ["13.00", "25.00", "16.50", "45.50"])
        #expect(framework.aspects.map { $0.weight.formatted() } == ["13.00", "10.00", "10.00", "5.00", "12.00", "4.50", "27.50", "18.00"])
        for domain in framework.domains {
            #expect(domain.aspects.reduce(FixedPoint.zero) { $0 + $1.weight } == domain.weight)
        }
        for aspect in framework.aspects {
            #expect(aspect.indicators.reduce(FixedPoint.zero) { $0 + $1.weight } == aspect.weight)
        }
        #expect(framework.indicator(11)?.weight == FixedPoint("2.50"))
        #expect(framework.indicator(32)?.scale == "layanan")
        #expect(framework.scale(of: framework.indicator(1)!)?.level(4)?.name == "Terpadu dan Terukur")
        #expect(framework.scale(of: framework.indicator(47)!)?.level(3)?.name == "Transaksi")
    }

    @Test func successorFrameworkLoadsAsProvisional() throws {
        let framework = try TestSupport.framework("permenpanrb-8-2026")
        #expect(framework.status == .provisional)
        #expect(framework.confidence == "secondary")
        #expect(!framework.hasDomains)
        #expect(framework.aspects.count == 7)
        #expect(framework.indicators.count == 20)
        #expect(framework.totalWeight == FixedPoint(integer: 100))
        #expect(framework.aspects.reduce(FixedPoint.zero) { $0 + $1.weight } == FixedPoint(integer: 100))
        #expect(framework.aspects.last?.weight == FixedPoint(integer: 25))
        #expect(framework.predicate(for: FixedPoint("4.00")!)?.name == "Memuaskan")
        #expect(framework.predicate(for: FixedPoint("2.49")!)?.name == "Cukup")
        #expect(framework.scales["pemdi"]?.level(5)?.name == "Unggul")
    }

    @Test func availableFrameworksAndUnknownID() throws {
        #expect(EvaluationFramework.available(in: TestSupport.frameworks) == ["permenpanrb-59-2020", "permenpanrb-8-2026"])
        #expect(throws: FrameworkError.self) { try EvaluationFramework.load(id: "permenpanrb-1-1999", folder: TestSupport.frameworks) }
        let path = TestSupport.frameworks.appendingPathComponent("permenpanrb-8-2026.yml").path
        #expect(try EvaluationFramework.load(id: path).id == "permenpanrb-8-2026")
    }

    @Test func inconsistentFrameworkIsRejectedWithItsLine() throws {
        let original = try String(contentsOf: TestSupport.frameworks.appendingPathComponent("permenpanrb-8-2026.yml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "{number: 20, weight: 15.00", with: "{number: 20, weight: 14.00")
        let path = try TestSupport.temporaryFile(broken, name: "broken.yml")
        do {
            _ = try EvaluationFramework.load(id: path)
            Issue.record("expected an error")
        } catch let error as FrameworkError {
            #expect(error.messageEN.contains("aspect 7"))
            #expect(error.position.line > 1)
        }
    }

    @Test func levelCapsAreDataDriven() throws {
        let framework = try TestSupport.framework()
        #expect(framework.levelCap(indicator: 11, missingItems: ["Keamanan SPBE"]) == 2)
        #expect(framework.levelCap(indicator: 12, missingItems: ["audit tik"]) == 2)
        #expect(framework.levelCap(indicator: 11, missingItems: ["Audit TIK"]) == nil)
        #expect(framework.levelCap(indicator: 13, missingItems: ["Keamanan SPBE"]) == nil)
        #expect(framework.levelCap(indicator: 1, unmet: ["kebijakan-arsitektur-referensi-domain"]) == 2)
        #expect(framework.levelCap(indicator: 11, unmet: ["peta-rencana-muatan"]) == nil)
        #expect(framework.caps(forArea: "peta-rencana").flatMap(\.indicators).sorted() == [2, 12])
        #expect(framework.levelCaps(unmet: ["arsitektur-referensi-domain", "peta-rencana-muatan"]) == [11: 2, 12: 2])
        #expect(framework.caps(forIndicator: 12).first?.items.count == 7)
        #expect(framework.caps(forIndicator: 11).first?.items.count == 6)
    }

    @Test func indicatorsAtRiskRankBySeverityThenPoints() throws {
        let framework = try TestSupport.framework()
        let risks = framework.indicatorsAtRisk(linkedIndicators: [
            (number: 13, severity: "warning"), (number: 11, severity: "error"), (number: 11, severity: "warning"),
            (number: 3, severity: "error"), (number: 99, severity: "error"),
        ])
        #expect(risks.map(\.indicator.number) == [11, 3, 13])
        // Indicator 11 (2.50%, cap 2) risks 2.50 × 3 / 100; indicator 3 (1.30%, no cap) risks 1.30 × 4 / 100.
        #expect(risks[0].cap == 2)
        #expect(risks[0].findings == 2)
        #expect(risks[0].severity == "error")
        #expect(risks[0].pointsAtRisk == FixedPoint("0.075"))
        #expect(risks[1].pointsAtRisk == FixedPoint("0.052"))
        #expect(risks[2].pointsAtRisk == FixedPoint("0.10"))
    }

    @Test(.enabled(if: TestSupport.sharedExists, "needs <repo>/../shared"))
    func frameworkMatchesTheReferenceIndicatorList() throws {
        let framework = try TestSupport.framework()
        let csv = try String(contentsOf: TestSupport.shared.appendingPathComponent("reference/indicators-permenpanrb-59-2020.csv"), encoding: .utf8)
        let rows = csv.split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 47)
        for row in rows {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let indicator = try #require(framework.indicator(Int(fields[0])!))
            #expect(indicator.name == fields[5])
            #expect(indicator.scale == fields[6])
            #expect(indicator.weight == FixedPoint(fields[7]))
            #expect(framework.aspects.first { $0.number == indicator.aspect }?.weight == FixedPoint(fields[8]))
            #expect(framework.domains.first { $0.number == indicator.domain }?.weight == FixedPoint(fields[9]))
        }
    }
}
