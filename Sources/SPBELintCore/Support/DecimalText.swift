/// Decimal numbers as each language writes them in human output: "2,69" in Indonesian, "2.69" in
/// English. Machine output (JSON, SARIF) keeps the point.
extension Language {
    /// The decimal separator of this language: a comma in Indonesian, a point in English.
    public var decimalSeparator: Character { self == .en ? "." : "," }
}
