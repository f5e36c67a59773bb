import Foundation
import SPBELintCore

/// Reads self-assessment files (YAML or CSV) into parsed assessments, never throwing: problems are collected.
public enum AssessmentReader {
    /// Largest self-assessment file read, in bytes.
    public static let maxBytes = 64 * 1024 * 1024

    /// Reads and parses a file (a regular file of at most `maxBytes`).
    public static func read(path: String) -> ParsedFile {
        let data: Data
        do {
            data = try SafeFileReader.read(path, limit: maxBytes)
        } catch {
            return ParsedFile(path: path, problems: [InputProblem(path: path, message: error.message, messageEN: error.messageEN)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return ParsedFile(path: path, problems: [InputProblem(path: path, message: "Berkas bukan teks UTF-8.",
                                                                  messageEN: "File is not UTF-8 text.")])
        }
        return parse(text: text, path: path, format: .forPath(path))
    }

    /// Parses text already in memory.
    public static func parse(text: String, path: String, format: AssessmentFormat) -> ParsedFile {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        switch format {
        case .yaml: return YAMLAssessmentParser(path: path).parse(body)
        case .csv: return CSVAssessmentParser(path: path).parse(body)
        }
    }
}
