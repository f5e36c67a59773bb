import Foundation

/// Trimming of spaces and tabs that skips Foundation when there is nothing to trim.
extension StringProtocol {
    /// The same as `trimmingCharacters(in: .whitespaces)` (Unicode space separators and tab), with
    /// no Foundation call when neither end is such a character (the common case).
    func trimmingHorizontalSpace() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard isHorizontalSpace(first) || isHorizontalSpace(last) else { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}
