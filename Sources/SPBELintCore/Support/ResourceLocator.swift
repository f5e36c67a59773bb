import Foundation

/// Finds the data folders that ship with spbelint (`Rules`, `Schemas`, `Frameworks`) from any
/// working directory.
///
/// Search order: the `SPBELINT_HOME` environment variable; `<prefix>/share/spbelint` next to an
/// installed binary; the source checkout found by walking up from the running executable; and
/// last the checkout this file was compiled from.
public enum ResourceLocator {
    /// The folder holding `Rules/`, `Schemas/` and `Frameworks/`, or nil when none is found.
    public static func home(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        candidates(environment: environment).first { isHome($0) }
    }

    /// A named data folder (for example "Rules") inside the home, or nil.
    public static func folder(_ name: String) -> URL? {
        home()?.appendingPathComponent(name, isDirectory: true)
    }

    static func candidates(environment: [String: String]) -> [URL] {
        var result: [URL] = []
        if let explicit = environment["SPBELINT_HOME"], !explicit.isEmpty {
            result.append(URL(fileURLWithPath: explicit, isDirectory: true))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        result.append(directory.deletingLastPathComponent().appendingPathComponent("share/spbelint"))
        for _ in 0..<8 {
            result.append(directory)
            directory = directory.deletingLastPathComponent()
        }
        let sourceFile = URL(fileURLWithPath: #filePath)
        result.append(sourceFile.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent())
        return result
    }

    static func isHome(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let rules = url.appendingPathComponent("Rules").path
        return FileManager.default.fileExists(atPath: rules, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
