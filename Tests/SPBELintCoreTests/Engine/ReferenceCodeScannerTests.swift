import Foundation
import Testing
@testable import SPBELintCore

/// The UTF-8 scanner of `reference-codes` finds exactly what the regular expression it replaced found.
@Suite("Reference code scanner")
struct ReferenceCodeScannerTests {
    static let pattern = try! NSRegularExpression(pattern: "\\bRA[A-Z](?:[.\\- ]?[0-9]+)(?:[.\\-][0-9]+)*\\b")

    static func regexCodes(_ text: String) -> [String] {
        let string = text as NSString
        return pattern.matches(in: text, range: NSRange(location: 0, length: string.length)).map { string.substring(with: $0.range) }
    }

    @Test("written cases", arguments: [
        "Kode RAB.01.02 dan RAD.1.2", "RAB01", "RAB-01-02x", "RAB.01.02x", "xRAB.01", "éRAB.01", "RAB.01é", "RAB.01_",
        "(RAL.01.02.03.04.05)", "RAA.01.", "RAI..01", "RA.01", "RAK", "RAB.01-02.03", "RAB.01\tRAD.02", "ÁRAB.01 RAB.02",
        "RAB.01.02.", "RABC.01", "R AB.01", "RAB.0１", "RAB.01\u{301}", "kode:RAB.99.99.99.99.99", "", ".\u{301}RAD.0.\u{301}", "a\u{301}RAB.01", "RAB.01\u{200B}x", "\u{AD}RAB.01\u{AD}",
    ])
    func writtenCases(text: String) {
        #expect(ReferenceCodeScanner.codes(in: text) == Self.regexCodes(text))
    }

    @Test("20,000 random texts over a hostile alphabet")
    func randomTexts() {
        var generator = SplitMix(seed: 42)
        let alphabet: [String] = ["R", "A", "B", "D", "Z", "a", ".", "-", "0", "1", "9", " ", "_", "é", "\u{301}", "\t", "x", "１", "\u{AD}", "\u{200D}"]
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 14)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            let candidates = ["RAB" + text, text + "RAD.0" + text, text]
            for candidate in candidates where ReferenceCodeScanner.codes(in: candidate) != Self.regexCodes(candidate) {
                Issue.record("differs on \(candidate.debugDescription): \(ReferenceCodeScanner.codes(in: candidate)) vs \(Self.regexCodes(candidate))")
                return
            }
        }
    }
}

/// A small deterministic random number generator for generated test inputs.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
