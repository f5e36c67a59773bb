import Foundation

/// Escaping and path helpers shared by the CI reporters.
enum ReportText {
    /// A path relative to `base` when it lies below it (with `/` separators), else as given.
    static func relativePath(_ path: String, to base: String) -> String {
        if !path.hasPrefix("/") {
            return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        }
        return Glob.relativePath(of: path, to: URL(fileURLWithPath: base)) ?? path
    }

    /// A URI reference for SARIF `artifactLocation.uri`: relative paths percent-encoded, others as `file://` URIs.
    static func uri(_ path: String, base: String) -> String {
        let relative = relativePath(path, to: base)
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;?#[]@")
        let encoded = relative.addingPercentEncoding(withAllowedCharacters: allowed) ?? relative
        return relative.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// Text safe in XML attribute values and element content.
    static func xml(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                // Characters XML 1.0 does not allow at all are dropped.
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The citations of a finding or rule, joined for one line of text.
    static func citations(_ citations: [Citation], language: Language) -> String {
        citations.map { $0.rendered(in: language) }.joined(separator: "; ")
    }

    /// The current directory, the base of relative report paths.
    static var currentDirectory: String { FileManager.default.currentDirectoryPath }
}
