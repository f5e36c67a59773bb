/// The shape of rule and pack ids: lower-case ASCII letters, digits and single hyphens (`dasar-hukum`),
/// so that an id is safe in a path, a report, a fingerprint and a terminal.
public enum RuleIdentifier {
    /// Longest id accepted.
    public static let maxLength = 80

    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= maxLength, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else {
            return false
        }
        return id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// The error message for an invalid id (the id itself is not echoed: it may hold markup or a path).
    static func problem(_ what: String) -> String {
        "a \(what) id may hold only lower-case letters a-z, digits and single hyphens (at most \(maxLength) characters)"
    }
}
