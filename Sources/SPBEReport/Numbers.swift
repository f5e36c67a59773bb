import SPBEIndex
import SPBELintCore

/// Decimal numbers as each language writes them: "3,28" in Indonesian, "3.28" in English.
enum Numbers {
    static func fixed(_ value: FixedPoint, places: Int, language: Language) -> String {
        value.formatted(places: places, language: language)
    }
}
