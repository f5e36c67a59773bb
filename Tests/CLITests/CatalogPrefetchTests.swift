import Foundation
import Testing

/// `check` with the shipped packs loads them while the command line is parsed (`CatalogPrefetch`):
/// the report is the one of a run that loads them after, from the YAML and from the rule cache, and
/// a command line that fails to parse still says so, exits 2 and leaves the cache folder clean.
@Suite("Rule catalogue loaded while parsing")
struct CatalogPrefetchTests {
    let draft = "Examples/perwali-kota-contoh-draf-bermasalah.md"

    @Test("the report is the same as when the packs are loaded after parsing, with and without the cache")
    func sameReport() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-prefetch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let after = try CLIRunner.run(["check", "--no-config", "--format", "json", "--no-default-rules", "--rules", "Rules", draft],
                                      environment: ["SPBELINT_NO_CACHE": "1"])
        #expect(after.status == 1 && after.stdout.contains("\"findings\""), "\(after.stderr)")
        for environment in [["SPBELINT_NO_CACHE": "1"], ["SPBELINT_CACHE_DIR": cache.path], ["SPBELINT_CACHE_DIR": cache.path]] {
            let ahead = try CLIRunner.run(["check", "--no-config", "--format", "json", draft], environment: environment)
            #expect(ahead.status == after.status && ahead.stdout == after.stdout && ahead.stderr == after.stderr, "\(environment)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).count == 1)
    }

    @Test("a bad option after check is still a usage error (exit 2), and no half-written cache file is left")
    func badOption() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-prefetch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let output = try CLIRunner.run(["check", "--bogus", draft], environment: ["SPBELINT_CACHE_DIR": cache.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Unknown option '--bogus'") && output.stdout.isEmpty)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
        #expect(files.allSatisfy { $0.hasPrefix("rules-") && $0.hasSuffix(".cache") }, "\(files)")
    }
}
