import Foundation

/// A document read from standard input (the path `-`), with the name findings are reported under
/// (`--stdin-filename`, else `-`).
public struct StandardInput: Sendable {
    /// The command-line path that means standard input.
    public static let path = "-"

    public var name: String
    public var data: Data

    public init(name: String?, data: Data) {
        self.name = name ?? StandardInput.path
        self.data = data
    }

    /// Reads all of standard input, at most `limit` bytes plus one (so a larger input is detected).
    public static func read(name: String?, limit: Int) -> StandardInput {
        var data = Data()
        while data.count <= limit {
            let chunk = FileHandle.standardInput.readData(ofLength: 64 * 1024)
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        return StandardInput(name: name, data: data)
    }
}
