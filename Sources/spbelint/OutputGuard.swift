import ArgumentParser
import Foundation
import SPBELintCore

/// Refuses an output file that is also a file the run reads, or another output: paths are compared
/// after resolving symbolic links and `..`, and existing files also by device and inode (a hard
/// link or a symlink to an input is the input). A file below a folder the run reads as a whole
/// (`--rules DIR`) is refused too. Devices (`/dev/null`) are exempt: writing them changes nothing.
struct OutputGuard {
    /// Files read: input documents, configuration, waivers, baseline, self-assessments.
    var readFiles: [String] = []
    /// Folders read as a whole (rule packs).
    var readFolders: [String] = []

    /// Exits 2 with `path:1:1: error: …` at the first output that would overwrite something read or written.
    func check(_ outputs: [(flag: String, path: String)], language: Language) throws {
        let reads = readFiles.map(Self.identity)
        let folders = readFolders.map { Self.resolved($0) }
        var written: [Identity] = []
        for (flag, path) in outputs {
            let target = Self.identity(path)
            if target.isDevice { continue }
            if reads.contains(where: { $0.same(as: target) })
                || folders.contains(where: { target.path == $0 || target.path.hasPrefix($0 == "/" ? "/" : $0 + "/") }) {
                refuse(path, language == .id ? "\(flag) akan menimpa berkas yang dibaca (masukan); ditolak."
                                             : "\(flag) would overwrite an input; refusing.")
            }
            if written.contains(where: { $0.same(as: target) }) {
                refuse(path, language == .id ? "\(flag) menunjuk berkas yang sudah ditulis keluaran lain; ditolak."
                                             : "\(flag) names a file another output already writes; refusing.")
            }
            written.append(target)
        }
    }

    private func refuse(_ path: String, _ message: String) -> Never {
        FileOutput.standardError("\(TerminalText.safe(path)):1:1: error: \(message)\n")
        exit(2)
    }

    /// A path resolved as far as it exists, with the device and inode of the file when there is one.
    struct Identity {
        var path: String
        var device: UInt64?
        var inode: UInt64?
        var isDevice = false

        func same(as other: Identity) -> Bool {
            if path == other.path { return true }
            guard let device, let inode, let otherDevice = other.device, let otherInode = other.inode else { return false }
            return device == otherDevice && inode == otherInode
        }
    }

    static func identity(_ path: String) -> Identity {
        var identity = Identity(path: resolved(path))
        var info = stat()
        if stat(path, &info) == 0 {
            identity.device = UInt64(info.st_dev)
            identity.inode = UInt64(info.st_ino)
            let kind = info.st_mode & S_IFMT
            identity.isDevice = kind == S_IFCHR || kind == S_IFBLK
        }
        return identity
    }

    /// The absolute path with symbolic links resolved (for a file that does not exist yet, its folder's).
    static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(decoding: UnsafeRawBufferPointer(start: real, count: strlen(real)), as: UTF8.self)
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        guard let real = realpath(folder, nil) else { return url.path }
        defer { free(real) }
        let base = String(decoding: UnsafeRawBufferPointer(start: real, count: strlen(real)), as: UTF8.self)
        return (base == "/" ? "" : base) + "/" + url.lastPathComponent
    }
}
