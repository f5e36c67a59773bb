import Foundation
import SPBELintCore

/// Reads self-assessment files (YAML or CSV) into parsed assessments, never throwing: problems are collected.
public enum AssessmentReader {
    /// Reads and parses a file.
    public static func read(path: String) -> ParsedFile {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ParsedFile(path: path, problems: [InputProblem(path: path, message: "Berkas tidak ditemukan.",
                                                                  messageEN: "File not found.")])
        }
        guard !isDirectory.boolValue, let data = try? Data(contentsOf: url) else {
            return ParsedFile(path: path, problems: [InputProblem(path: path, message: "Berkas tidak dapat dibaca.",
                                                                  messageEN: "File cannot be read.")])
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
