/// Makes text from files (paths, names) safe to print on a terminal: control characters, ANSI
/// escape sequences included, are shown as `\u{…}` instead of being sent raw.
public enum TerminalText {
    /// `text` with every C0, DEL and C1 control character (tab excepted) written as `\u{XX}`.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}
