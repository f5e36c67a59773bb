import Foundation

/// Reads an input file safely: only regular files (a FIFO, device or socket is refused without
/// blocking), never more than a byte limit (enforced while reading, so `/dev/zero` behind a symlink
/// cannot exhaust memory), and every read error reported.
public enum SafeFileReader {
    /// Why a file could not be read, in both languages.
    public struct Failure: LocalizedError, Sendable, Equatable {
        public var message: String
        public var messageEN: String
        public var errorDescription: String? { messageEN }
    }

    /// The whole content of the regular file at `path`, at most `limit` bytes.
    public static func read(_ path: String, limit: Int) throws(Failure) -> Data {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw openFailure(errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw readFailure(errno) }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else { throw notRegular(kind) }
        if Int64(info.st_size) > Int64(limit) { throw tooLarge(Int64(info.st_size), limit: limit) }
        // A regular file never blocks, but clear O_NONBLOCK so a short read is never taken for the end.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        var data = Data()
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                throw readFailure(errno)
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            // The file may grow while it is read (or lie about its size): the limit holds anyway.
            if data.count > limit { throw tooLarge(Int64(data.count), limit: limit, atLeast: true) }
        }
        return data
    }

    /// The file at `path` as UTF-8 text (a BOM removed), for configuration and gating files.
    public static func readText(_ path: String, limit: Int = 20 * 1024 * 1024) throws(Failure) -> String {
        let data = try read(path, limit: limit)
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw Failure(message: "bukan teks UTF-8", messageEN: "not UTF-8 text")
        }
        return text
    }

    static func notRegular(_ kind: mode_t) -> Failure {
        let (id, en): (String, String)
        switch kind {
        case S_IFIFO: (id, en) = ("sebuah FIFO (pipa bernama)", "a FIFO (named pipe)")
        case S_IFCHR, S_IFBLK: (id, en) = ("sebuah perangkat", "a device")
        case S_IFSOCK: (id, en) = ("sebuah soket", "a socket")
        case S_IFDIR: (id, en) = ("sebuah folder", "a folder")
        default: (id, en) = ("bukan berkas biasa", "not a regular file")
        }
        return Failure(message: "Bukan berkas biasa (\(id)); hanya berkas biasa yang dibaca.",
                       messageEN: "Not a regular file (\(en)); only regular files are read.")
    }

    static func tooLarge(_ size: Int64, limit: Int, atLeast: Bool = false) -> Failure {
        let more = atLeast ? "lebih dari " : ""
        let moreEN = atLeast ? "more than " : ""
        return Failure(message: "Berkas terlalu besar (\(more)\(atLeast ? Int64(limit) : size) bita; batas \(limit) bita).",
                       messageEN: "File too large (\(moreEN)\(atLeast ? Int64(limit) : size) bytes; the limit is \(limit) bytes).")
    }

    static func openFailure(_ code: Int32) -> Failure {
        switch code {
        case EACCES, EPERM:
            return Failure(message: "Berkas tidak dapat dibaca (izin akses ditolak).", messageEN: "File cannot be read (permission denied).")
        case ENOENT:
            return Failure(message: "Berkas tidak ditemukan.", messageEN: "File not found.")
        case ELOOP:
            return Failure(message: "Tautan simbolik berputar.", messageEN: "Symbolic link loop.")
        default:
            return readFailure(code)
        }
    }

    static func readFailure(_ code: Int32) -> Failure {
        let reason = String(cString: strerror(code))
        return Failure(message: "Berkas tidak dapat dibaca: \(reason).", messageEN: "File cannot be read: \(reason).")
    }
}
