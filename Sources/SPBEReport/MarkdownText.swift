/// Escapes text for Markdown: table cells and inline text cannot break the layout or inject HTML.
public enum MarkdownText {
    /// One line of inline text: Markdown punctuation backslash-escaped, `<` and `&` as references,
    /// line breaks and other control characters as spaces. Works on Unicode scalars, so a `|` or
    /// `<` followed by a combining mark is escaped too.
    public static func escape(_ text: String) -> String {
        var result = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n" where previous == "\r": break
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
