import Foundation

/// An exact decimal with four places (stored as ten-thousandths), so that 2.60 is never 2.5999.
public struct FixedPoint: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The value times 10 000.
    public var units: Int

    /// How many units make 1.
    public static let scale = 10_000

    public init(units: Int) {
        self.units = units
    }

    /// A whole number.
    public init(integer: Int) {
        self.units = integer * Self.scale
    }

    /// Parses decimal text such as "3.28", "3,28", "13" or "-0.5" exactly; nil when it is not a
    /// plain decimal number with at most four places.
    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() } else if body.hasPrefix("+") { body = body.dropFirst() }
        let parts = body.split(separator: body.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy(\.isASCIIDigit), whole.count < 12 else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy(\.isASCIIDigit), fraction.count <= 4,
              parts.count == 1 || !fraction.isEmpty else { return nil }
        fraction += String(repeating: "0", count: 4 - fraction.count)
        guard let w = Int(whole), let f = Int(fraction) else { return nil }
        units = (w * Self.scale + f) * (negative ? -1 : 1)
    }

    public static let zero = FixedPoint(units: 0)

    public static func < (lhs: FixedPoint, rhs: FixedPoint) -> Bool { lhs.units < rhs.units }
    public static func + (lhs: FixedPoint, rhs: FixedPoint) -> FixedPoint { FixedPoint(units: lhs.units + rhs.units) }
    public static func - (lhs: FixedPoint, rhs: FixedPoint) -> FixedPoint { FixedPoint(units: lhs.units - rhs.units) }
    public static func * (lhs: FixedPoint, rhs: Int) -> FixedPoint { FixedPoint(units: lhs.units * rhs) }

    /// The exact product, rounded half away from zero to four places.
    public static func * (lhs: FixedPoint, rhs: FixedPoint) -> FixedPoint {
        FixedPoint(units: roundedDivision(lhs.units * rhs.units, by: scale))
    }

    /// `self / divisor`, rounded half away from zero to `places` decimals (0...4).
    public func divided(by divisor: FixedPoint, places: Int) -> FixedPoint {
        precondition(divisor.units != 0 && (0...4).contains(places))
        let step = Self.power(4 - places)
        // self/divisor in units = self.units * scale / divisor.units; in steps divide again by step.
        let steps = Self.roundedDivision(units * Self.scale, by: divisor.units * step)
        return FixedPoint(units: steps * step)
    }

    /// Rounded half away from zero to `places` decimals (0...4).
    public func rounded(places: Int) -> FixedPoint {
        let step = Self.power(4 - places)
        return FixedPoint(units: Self.roundedDivision(units, by: step) * step)
    }

    /// The value as text with exactly `places` decimals and a point, e.g. "3.28".
    public func formatted(places: Int = 2, separator: Character = ".") -> String {
        let value = rounded(places: places).units
        let magnitude = abs(value)
        let whole = magnitude / Self.scale
        var text = (value < 0 ? "-" : "") + String(whole)
        if places > 0 {
            let fraction = (magnitude % Self.scale) / Self.power(4 - places)
            let digits = String(fraction)
            text += String(separator) + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }

    /// The value with a sign, e.g. "+0.12", "-0.05", "0.00".
    public func signed(places: Int = 2) -> String {
        units > 0 ? "+" + formatted(places: places) : formatted(places: places)
    }

    /// The nearest Double, for JSON (its shortest form is the decimal text).
    public var doubleValue: Double { Double(units) / Double(Self.scale) }

    public var description: String { formatted(places: 4) }

    static func power(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }

    /// Integer division rounded half away from zero.
    static func roundedDivision(_ numerator: Int, by denominator: Int) -> Int {
        let negative = (numerator < 0) != (denominator < 0)
        let n = abs(numerator), d = abs(denominator)
        let q = (2 * n + d) / (2 * d)
        return negative ? -q : q
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
