import ArgumentParser
import Foundation
import SPBELintCore

/// Writes command output to stdout, stderr or files. A regular file is replaced atomically (a
/// temporary file beside it, written, synced, then renamed; removed again on SIGINT/SIGTERM/SIGHUP);
/// a device or FIFO (`/dev/null`, `/dev/stdout`) is written directly and never replaced. Every
/// failure is `path: error: message` on stderr and exit 2, never a crash.
enum FileOutput {
    static func standardOutput(_ text: String) {
        standardOutput(.text(text))
    }

    /// Writes to stdout piece by piece; a failure (closed pipe, full disk) is reported and exits 2.
    static func standardOutput(_ content: OutputContent, language: Language = .fromEnvironment()) {
        var writer = BufferedWriter(fd: STDOUT_FILENO)
        content.produce { writer.write($0) }
        writer.flush()
        if let code = writer.failure {
            standardError(OutputFailure(path: "stdout", code: code).rendered(in: language) + "\n")
            exit(2)
        }
    }

    static func standardError(_ text: String) {
        try? PosixWrite.all(Data(text.utf8), to: STDERR_FILENO)
    }

    /// Writes one file (see `writeAll`).
    static func write(_ text: String, to path: String, language: Language = .fromEnvironment()) throws {
        try writeAll([(path, .text(text))], language: language)
    }

    /// Writes every file or none of the regular ones: each regular file is staged as a synced
    /// temporary file first, devices and FIFOs are written next, and the renames come last.
    /// A failure prints `path: error: message` and throws exit code 2.
    static func writeAll(_ outputs: [(path: String, content: OutputContent)], language: Language = .fromEnvironment()) throws {
        TemporaryFiles.installSignalCleanup()
        var staged: [(temporary: String, target: String, shown: String)] = []
        defer { for entry in staged where !entry.temporary.isEmpty { TemporaryFiles.remove(entry.temporary) } }
        do {
            var direct: [(path: String, content: OutputContent)] = []
            for output in outputs {
                switch try destination(of: output.path) {
                case .direct: direct.append(output)
                case .regular(let target):
                    staged.append((try stage(output.content, beside: target, shownAs: output.path), target, output.path))
                }
            }
            for output in direct { try writeDirectly(output.content, to: output.path) }
            for (index, entry) in staged.enumerated() {
                guard rename(entry.temporary, entry.target) == 0 else {
                    throw OutputFailure(path: entry.shown, code: errno)
                }
                TemporaryFiles.forget(entry.temporary)
                staged[index].temporary = ""
                syncFolder(of: entry.target)
            }
            staged.removeAll()
        } catch let failure as OutputFailure {
            standardError(failure.rendered(in: language) + "\n")
            throw ExitCode(2)
        }
    }

    /// Whether stdout is a terminal that wants colour (respects NO_COLOR).
    static var stdoutWantsColour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// How a path is written.
    enum Destination: Equatable {
        /// Not a regular file (device, FIFO, socket): opened and written as it is.
        case direct
        /// A regular file, or none yet: replaced atomically at this path (a symbolic link resolved).
        case regular(String)
    }

    static func destination(of path: String) throws(OutputFailure) -> Destination {
        var info = stat()
        if stat(path, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { throw OutputFailure(path: path, code: EISDIR) }
            if kind != S_IFREG { return .direct }
        } else if errno != ENOENT {
            throw OutputFailure(path: path, code: errno)
        }
        var link = stat()
        if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
            // Replace the file the link points at, never the link itself.
            guard let resolved = realpath(path, nil) else { throw OutputFailure(path: path, code: errno) }
            defer { free(resolved) }
            return .regular(String(cString: resolved))
        }
        return .regular(path)
    }

    /// Writes `data` into a new temporary file in the target's folder, synced to disk.
    private static func stage(_ content: OutputContent, beside target: String, shownAs shown: String) throws(OutputFailure) -> String {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        // The name is registered for the signal handler before the file exists, so an interrupt at
        // any moment finds it; O_EXCL makes the creation safe against a file of the same name.
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<100 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            temporary = folder + "/." + url.lastPathComponent + ".spbelint-" + suffix
            TemporaryFiles.register(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { break }
            let code = errno
            TemporaryFiles.forget(temporary)
            if code != EEXIST { throw OutputFailure(path: shown, code: code) }
        }
        guard fd >= 0 else { throw OutputFailure(path: shown, code: EEXIST) }
        do throws(PosixWrite.Failure) {
            defer { close(fd) }
            try BufferedWriter.produce(content, into: fd)
            var existing = stat()
            let mode: mode_t = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask
            guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { throw PosixWrite.Failure(code: errno) }
        } catch {
            TemporaryFiles.remove(temporary)
            throw OutputFailure(path: shown, code: error.code)
        }
        return temporary
    }

    private static func writeDirectly(_ content: OutputContent, to path: String) throws(OutputFailure) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputFailure(path: path, code: errno) }
        defer { close(fd) }
        do throws(PosixWrite.Failure) {
            try BufferedWriter.produce(content, into: fd)
        } catch {
            throw OutputFailure(path: path, code: error.code)
        }
    }

    private static func syncFolder(of path: String) {
        let fd = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static var currentUmask: mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

/// A file (or stdout) that could not be written, rendered as `path: error: message`.
struct OutputFailure: Error {
    var path: String
    var code: Int32

    func rendered(in language: Language) -> String {
        let reason = String(cString: strerror(code))
        switch language {
        case .id: return "\(TerminalText.safe(path)): error: tidak dapat menulis keluaran: \(Self.indonesian[code] ?? reason)."
        case .en: return "\(TerminalText.safe(path)): error: cannot write the output: \(reason)."
        }
    }

    private static let indonesian: [Int32: String] = [
        ENOSPC: "ruang penyimpanan penuh", EACCES: "izin akses ditolak", EPERM: "operasi tidak diizinkan",
        ENOENT: "folder tidak ada", EROFS: "sistem berkas hanya-baca", EISDIR: "itu sebuah folder",
        EPIPE: "pembaca keluaran sudah ditutup", EBADF: "keluaran sudah ditutup", EIO: "galat masukan/keluaran",
        EDQUOT: "kuota disk habis", ENOTDIR: "bagian jalur bukan folder", ENXIO: "perangkat tidak tersedia",
    ]
}

/// `write(2)` until every byte is out, retrying on EINTR.
enum PosixWrite {
    struct Failure: Error { var code: Int32 }

    static func all(_ data: Data, to fd: Int32) throws(Failure) {
        let failure: Int32? = data.withUnsafeBytes { raw -> Int32? in
            guard var base = raw.baseAddress else { return nil }
            var remaining = raw.count
            while remaining > 0 {
                let written = Foundation.write(fd, base, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                remaining -= written
                base += written
            }
            return nil
        }
        if let failure { throw Failure(code: failure) }
    }
}

/// What an output receives: text, or pieces produced while it is written (a streamed report).
struct OutputContent {
    let produce: ((String) -> Void) -> Void

    static func text(_ text: String) -> OutputContent { OutputContent { $0(text) } }
}

/// Collects pieces into 1 MiB writes; remembers the first failure and drops what follows it.
struct BufferedWriter {
    let fd: Int32
    private var buffer = Data()
    private(set) var failure: Int32?

    init(fd: Int32) { self.fd = fd }

    mutating func write(_ piece: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: piece.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do throws(PosixWrite.Failure) {
            try PosixWrite.all(buffer, to: fd)
        } catch {
            failure = error.code
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `content` to `fd`, throwing the first failure.
    static func produce(_ content: OutputContent, into fd: Int32) throws(PosixWrite.Failure) {
        var writer = BufferedWriter(fd: fd)
        content.produce { writer.write($0) }
        writer.flush()
        if let code = writer.failure { throw PosixWrite.Failure(code: code) }
    }
}
