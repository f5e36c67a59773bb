/// Escapes text for HTML and SVG: every document-derived string goes through here.
public enum HTMLText {
    /// Replaces `& < > " '` with character references, safe in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                   scalar.value < 0x20, scalar != "\n", scalar != "\t" {
                    result += " "
                } else {
                    result.append(character)
                }
            }
        }
        return result
    }
}
