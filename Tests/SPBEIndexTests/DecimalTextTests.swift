import Foundation
import SPBEIndex
import SPBELintCore
import Testing

/// Decimals in human output follow the language: "2,69" in Indonesian, "2.69" in English.
@Suite("Decimals per language")
struct DecimalTextTests {
    @Test func fixedPointWritesTheLanguageSeparator() throws {
        let value = try #require(FixedPoint("2.6925"))
        #expect(value.formatted(language: .id) == "2,69")
        #expect(value.formatted(language: .en) == "2.69")
        #expect(value.formatted(places: 4, language: .id) == "2,6925")
        #expect(try #require(FixedPoint("0.12")).signed(language: .id) == "+0,12")
        #expect(try #require(FixedPoint("-0.05")).signed(language: .en) == "-0.05")
        #expect(Language.id.decimalSeparator == "," && Language.en.decimalSeparator == ".")
    }

    @Test func wholeTextReportHasNoForeignDecimal() throws {
        let path = try TestSupport.temporaryFile(
            TestSupport.yaml(level: 2, header: "institution: Kota Uji\nyear: 2024\ntarget: 3.10\n",
                             replacing: [11: "  11: 3", 12: "  12: 4"]), name: "2024.yml")
        let report = IndexRun(frameworksFolder: TestSupport.frameworks).run(paths: [path])
        let pointed = try NSRegularExpression(pattern: "(?<![\\d.,])\\d+\\.\\d{2,4}(?![\\d.])")
        let commaed = try NSRegularExpression(pattern: "(?<![\\d.,])\\d+,\\d{2,4}(?![\\d,])")
        let indonesian = TextReportRenderer(language: .id).render(report)
        let english = TextReportRenderer(language: .en).render(report)
        func count(_ pattern: NSRegularExpression, _ text: String) -> Int {
            pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
        }
        #expect(count(pointed, indonesian) == 0, "\(indonesian)")
        #expect(count(commaed, indonesian) > 20)
        #expect(count(commaed, english) == 0, "\(english)")
        #expect(count(pointed, english) > 20)
        #expect(indonesian.contains("Target 3,10"))
        #expect(english.contains("Target 3.10"))
    }
}
