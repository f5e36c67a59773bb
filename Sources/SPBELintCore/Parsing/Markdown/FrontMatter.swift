import Yams

/// YAML front matter at the top of a Markdown file: the metadata and how many lines it takes.
struct FrontMatter {
    var metadata: DocumentMetadata
    /// Number of lines the front matter occupies, fences included.
    var lineCount: Int

    /// Reads front matter when the text starts with a `---` line; returns nil when there is none.
    static func read(from text: String, path: String) throws(InputProblem) -> FrontMatter? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        var lines: [Substring] = []
        var closing: Int?
        var rest = Substring(text)
        while closing == nil {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            if !lines.isEmpty, isFence(line) { closing = lines.count }
            lines.append(line)
            guard end < rest.endIndex else { break }
            rest = rest[rest.index(after: end)...]
        }
        guard let closing else {
            throw InputProblem(path: path, message: "Front matter YAML tidak ditutup dengan baris '---'.",
                               messageEN: "YAML front matter is not closed by a '---' line.")
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let metadata = try parse(yaml: yaml, path: path)
        return FrontMatter(metadata: metadata, lineCount: closing + 1)
    }

    private static func isFence(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed == "---" || trimmed == "..."
    }

    /// Parses the YAML between the fences; YAML line 1 is file line 2.
    private static func parse(yaml: String, path: String) throws(InputProblem) -> DocumentMetadata {
        var metadata = DocumentMetadata(position: SourcePosition(line: 1, column: 1))
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            let located = YAMLErrorLocation.locate(error)
            let position = SourcePosition(line: (located.line ?? 0) + 1, column: located.column ?? 1)
            throw InputProblem(path: path, position: position,
                               message: "Front matter YAML tidak valid: \(located.message)",
                               messageEN: "Invalid YAML front matter: \(located.message)")
        }
        guard let node else { return metadata }
        if let place = YAMLAliasBudget.exceeded(node) {
            throw InputProblem(path: path, position: SourcePosition(line: place.line + 1, column: place.column),
                               message: "Front matter YAML ditolak: \(YAMLAliasBudget.messageID).",
                               messageEN: "YAML front matter refused: \(YAMLAliasBudget.message).")
        }
        guard let mapping = node.mapping else {
            throw InputProblem(path: path, position: SourcePosition(line: node.mark.map { $0.line + 1 } ?? 2, column: 1),
                               message: "Front matter YAML harus berupa pasangan kunci: nilai.",
                               messageEN: "YAML front matter must be a mapping of key: value pairs.")
        }
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            let mark = key.mark
            let position = SourcePosition(line: (mark?.line ?? 0) + 1, column: mark?.column ?? 1)
            metadata.set(MetadataField(key: name, value: flatten(value), position: position))
        }
        return metadata
    }

    private static func flatten(_ node: Node) -> String {
        if let scalar = node.scalar { return scalar.string }
        if let sequence = node.sequence { return sequence.map(flatten).joined(separator: ", ") }
        if let mapping = node.mapping {
            return mapping.map { "\($0.key.string ?? ""): \(flatten($0.value))" }.joined(separator: "; ")
        }
        return ""
    }
}
