/// Escapes text for HTML and SVG: every document-derived string goes through here.
public enum HTMLText {
    /// Replaces `& < > " '` with character references, safe in element content and quoted attributes.
    /// Works on Unicode scalars, not characters: a `<` followed by a combining mark is one character
    /// to Swift but still a `<` to an HTML parser. Control characters other than newline and tab
    /// (which XML and HTML do not allow) become spaces.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0xFFFE...0xFFFF).contains(scalar.value) {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
