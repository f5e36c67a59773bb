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
            let walk = documents(in: path)
            problems.append(contentsOf: walk.problems)
            if walk.files.isEmpty, walk.problems.isEmpty {
                problems.append(InputProblem(path: path,
                                             message: "Folder tidak berisi dokumen .md, .markdown, .xml, .pdf, .docx atau .odt.",
                                             messageEN: "The folder holds no .md, .markdown, .xml, .pdf, .docx or .odt document."))
            }
            files.append(contentsOf: walk.files)
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, problems)
    }

    /// Documents below a folder, skipping hidden entries, build output and symbolic links to folders.
    /// A subfolder that cannot be read and a name that is not UTF-8 are problems, never silent skips.
    static func documents(in folder: String) -> (files: [String], problems: [InputProblem]) {
        var files: [String] = []
        var problems: [InputProblem] = []
        var pending = [folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder]
        while let current = pending.popLast() {
            guard let directory = opendir(current) else {
                let reason = String(cString: strerror(errno))
                problems.append(InputProblem(path: current, message: "Folder tidak dapat dibaca: \(reason).",
                                             messageEN: "The folder cannot be read: \(reason)."))
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                guard let name = String(bytes: bytes, encoding: .utf8) else {
                    let shown = bytes.map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined()
                    problems.append(InputProblem(path: current,
                                                 message: "Nama berkas bukan UTF-8 (\(shown)); ganti namanya agar dapat diperiksa.",
                                                 messageEN: "A file name is not UTF-8 (\(shown)); rename it so that it can be checked."))
                    continue
                }
                if name.hasPrefix(".") || name == "node_modules" { continue }
                let child = current == "/" ? "/" + name : current + "/" + name
                var info = stat()
                guard lstat(child, &info) == 0 else {
                    let reason = String(cString: strerror(errno))
                    problems.append(InputProblem(path: child, message: "Tidak dapat dibaca: \(reason).",
                                                 messageEN: "Cannot be read: \(reason)."))
                    continue
                }
                let kind = info.st_mode & S_IFMT
                if kind == S_IFDIR {
                    pending.append(child)
                } else if let format = DocumentFormat.forExtension(URL(fileURLWithPath: name).pathExtension),
                          // Plain text is read when named, not found in folders (requirements.txt,
                          // LICENSE.txt...); "~$name.docx" is the lock file Word keeps beside an open document.
                          format != .plainText, !name.hasPrefix("~$"), kind == S_IFREG || kind == S_IFLNK {
                    // A link is followed when read; a link to anything but a regular file is refused then.
                    var target = stat()
                    if kind == S_IFLNK, stat(child, &target) == 0, target.st_mode & S_IFMT == S_IFDIR { continue }
                    files.append(child)
                }
            }
        }
        return (files.sorted(), problems)
    }
}
