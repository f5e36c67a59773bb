import SPBELintCore

/// A `FixedPoint` written for people in a given language ("2,69" in Indonesian, "2.69" in English).
extension FixedPoint {
    /// The value with exactly `places` decimals and the language's separator.
    public func formatted(places: Int = 2, language: Language) -> String {
        formatted(places: places, separator: language.decimalSeparator)
    }

    /// The value with a sign and the language's separator, e.g. "+0,12" in Indonesian.
    public func signed(places: Int = 2, language: Language) -> String {
        units > 0 ? "+" + formatted(places: places, language: language) : formatted(places: places, language: language)
    }
}
