import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint outline FILE...`: the section tree spbelint read from each document (headings as
/// marked, or recovered from plain lines), to check what the rules will see.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the section tree read from each document (marked or recovered headings).",
        discussion: "Exit codes: 0 done; 2 a document could not be read.")

    @Argument(help: "Documents to read.")
    var paths: [String]

    @Flag(help: "Also list each section's blocks (kind and first words).")
    var blocks = false

    func run() throws {
        let loader = DocumentLoader()
        var failed = false
        for path in paths {
            switch loader.load(path: path) {
            case .failure(let problem):
                FileOutput.standardError(problem.rendered(in: .en) + "\n")
                failed = true
            case .success(let document):
                FileOutput.standardOutput(render(document))
            }
        }
        if failed { throw ExitCode(2) }
    }

    private func render(_ document: Document) -> String {
        var lines = ["\(document.path) (\(document.format.rawValue)): \(document.sections.count) sections"]
        if blocks { lines += document.preamble.map { "  · \(describe($0))" } }
        for section in document.sections {
            let indent = String(repeating: "  ", count: section.level)
            lines.append("\(indent)\(section.rawHeading)  [\(section.position.location(in: document.path))]")
            if blocks { lines += section.blocks.map { "\(indent)  · \(describe($0))" } }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ block: Block) -> String {
        let words = block.text.split(whereSeparator: \.isWhitespace).prefix(10).joined(separator: " ")
        let size = block.kind == .list ? " (\(block.items.count) items)" : block.kind == .table ? " (\(block.table?.rows.count ?? 0) rows)" : ""
        return "\(block.kind.rawValue)\(size) \(block.position.location(in: "")): \(words)"
    }
}
