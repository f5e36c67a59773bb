/// Escapes text for Markdown: table cells and inline text cannot break the layout or inject HTML.
public enum MarkdownText {
    /// One line of inline text: Markdown punctuation backslash-escaped, `<` and `&` as references,
    /// line breaks as spaces.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!": result += "\\" + String(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r", "\r\n", "\t": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
