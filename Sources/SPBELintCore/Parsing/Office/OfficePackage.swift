import Foundation
import ZIPFoundation

/// Caps on what an Office package may expand to, against ZIP bombs.
public struct OfficeLimits: Sendable {
    /// Most bytes one XML part may expand to.
    public var maxPartBytes: Int
    /// Most bytes all parts read from one file may expand to together.
    public var maxTotalBytes: Int
    /// Largest expansion ratio (uncompressed / compressed) allowed for a part above `ratioFloor` bytes.
    public var maxRatio: Int
    /// Parts smaller than this are not held to `maxRatio` (tiny parts compress very well).
    public var ratioFloor: Int

    public init(maxPartBytes: Int = 128 * 1024 * 1024, maxTotalBytes: Int = 256 * 1024 * 1024,
                maxRatio: Int = 100, ratioFloor: Int = 1024 * 1024) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }
}

/// A ZIP package (OOXML or ODF) read from memory with ZIPFoundation: parts are extracted on demand
/// into memory only, never to disk, each within `OfficeLimits`.
final class OfficePackage {
    private let archive: Archive
    private let path: String
    private let limits: OfficeLimits
    private var expanded = 0

    init(data: Data, path: String, limits: OfficeLimits) throws(InputProblem) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw OfficeProblem.notZip(path)
        }
        self.path = path
        self.limits = limits
    }

    /// Whether the package holds a part.
    func contains(_ name: String) -> Bool { archive[name] != nil }

    /// A part's bytes, nil when the package does not hold it.
    func data(_ name: String) throws(InputProblem) -> Data? {
        guard let entry = archive[name], entry.type == .file else { return nil }
        let compressed = Int(clamping: entry.compressedSize)
        let declared = Int(clamping: entry.uncompressedSize)
        let partLimit = min(limits.maxPartBytes, limits.maxTotalBytes - expanded)
        if declared > partLimit || ratioExceeded(size: declared, compressed: compressed) {
            throw OfficeProblem.tooLarge(path, part: name, limit: limits.maxPartBytes)
        }
        var result = Data()
        var bomb = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                result.append(chunk)
                // Declared sizes can lie: count what really comes out.
                if result.count > partLimit || result.count > max(declared, 0) + 64
                    || self.ratioExceeded(size: result.count, compressed: compressed) {
                    bomb = true
                    throw Archive.ArchiveError.cancelledOperation
                }
            }
        } catch {
            if bomb { throw OfficeProblem.tooLarge(path, part: name, limit: limits.maxPartBytes) }
            throw OfficeProblem.damaged(path, part: name, detail: Self.describe(error))
        }
        expanded += result.count
        return result
    }

    /// A part parsed as XML, nil when the package does not hold it.
    func xml(_ name: String) throws(InputProblem) -> OfficeXMLPart? {
        guard let data = try data(name) else { return nil }
        return try OfficeXMLPart(data: data, name: name, path: path)
    }

    private func ratioExceeded(size: Int, compressed: Int) -> Bool {
        size > limits.ratioFloor && size / max(compressed, 1) > limits.maxRatio
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? Archive.ArchiveError {
        case .invalidCRC32?: return "CRC32"
        case .invalidCompressionMethod?: return "compression method"
        default: return String(describing: error)
        }
    }
}
