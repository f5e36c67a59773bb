import Foundation
import Testing
@testable import SPBELintCore

/// Every `kriteria-evaluasi` rule says, in both languages, the indicator level its gap holds the
/// document at, or the criterion in words; where the criteria name no level, a citation note says why.
struct IndicatorLevelTests {
    static let rules = try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules).filter { $0.basis == .kriteriaEvaluasi }

    /// Whether a message states a level ("tertahan di tingkat 2") or a criterion ("kriteria tingkat 4 …").
    static func statesLevelOrCriterion(_ message: LocalizedText) -> Bool {
        let id = ["tertahan di tingkat ", "kriteria tingkat ", "kriteria indikator "].contains { message.id.contains($0) }
        let en = ["stays at level ", "criterion for level ", "criteria for levels ", "criterion of indicator "].contains { message.en.contains($0) }
        return id && en
    }

    @Test func everyCriterionRuleStatesItsLevelOrSaysWhyNot() {
        #expect(Self.rules.count >= 40)
        for rule in Self.rules where !Self.statesLevelOrCriterion(rule.message) {
            let why = rule.citations.contains { $0.note?.contains("Tingkat tidak disebut") == true }
            #expect(why, "\(rule.id): the message names no level or criterion, and no citation note says why: \(rule.message.id)")
        }
    }

    @Test func aStatedLevelIsOneTheCitedCriteriaName() {
        // "tertahan di tingkat N" in a message: the Permenpan RB 59/2020 citation note names the level above it.
        for rule in Self.rules {
            guard let range = rule.message.id.range(of: "tertahan di tingkat "),
                  let level = rule.message.id[range.upperBound...].first?.wholeNumberValue else { continue }
            let notes = rule.citations.filter { $0.instrument == "Permenpan RB 59/2020" }.compactMap(\.note).joined(separator: " ")
            #expect(notes.contains("Tingkat \(level + 1)") || notes.contains("tingkat \(level + 1)"),
                    "\(rule.id): says level \(level) but its criterion note does not name level \(level + 1)")
            #expect(rule.message.en.contains("stays at level \(level)"), "\(rule.id): the English message states another level")
        }
    }
}
