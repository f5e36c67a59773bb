/// Lists in running text: "a dan b", "a, b, dan c" (Indonesian); "a and b", "a, b and c" (English).
enum ListWords {
    /// The items joined with commas and the conjunction before the last (Indonesian puts a comma
    /// before "dan" in a list of three or more; English does not).
    static func joined(_ items: [String], and conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) \(conjunction) \(items[1])"
        default:
            let comma = conjunction == "dan" ? "," : ""
            return items.dropLast().joined(separator: ", ") + "\(comma) \(conjunction) \(items[items.count - 1])"
        }
    }
}
