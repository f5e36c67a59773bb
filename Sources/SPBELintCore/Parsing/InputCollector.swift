import Foundation

/// Expands the paths given on the command line into document files, reporting paths that do not
/// exist and folders with no documents.
public enum InputCollector {
    /// Files to lint, in a stable order, and the problems found while collecting them.
    public static func collect(_ paths: [String]) -> (files: [String], problems: [InputProblem]) {
        var files: [String] = []
        var problems: [InputProblem] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(InputProblem(path: path, message: "Berkas atau folder tidak ditemukan.",
                                             messageEN: "No such file or folder."))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = documents(in: path)
            if found.isEmpty {
                problems.append(InputProblem(path: path,
                                             message: "Folder tidak berisi dokumen .md, .markdown, .xml, .pdf, .docx atau .odt.",
                                             messageEN: "The folder holds no .md, .markdown, .xml, .pdf, .docx or .odt document."))
            }
            files.append(contentsOf: found)
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, problems)
    }

    /// Documents below a folder, skipping hidden folders and build output.
    static func documents(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles]) else { return [] }
        var result: [String] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            if name.hasPrefix(".build") || name == "node_modules" {
                enumerator.skipDescendants()
                continue
            }
            // Plain text is read when named, not found in folders (requirements.txt, LICENSE.txt...);
            // "~$name.docx" is the lock file Word keeps beside an open document, not a document.
            guard let format = DocumentFormat.forExtension(url.pathExtension), format != .plainText, !name.hasPrefix("~$"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = url.path.hasPrefix(root.path) ? String(url.path.dropFirst(root.path.count)) : "/" + name
            result.append(folder.hasSuffix("/") ? folder + relative.dropFirst() : folder + relative)
        }
        return result.sorted()
    }
}
