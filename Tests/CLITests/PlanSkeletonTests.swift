import Foundation
import Testing

/// `spbelint init --plan`: a master-plan skeleton from the rule packs, in Markdown, XML and Word,
/// that lints with no error (its warnings and info are what is still to write) and never
/// overwrites a file.
@Suite("init --plan")
struct PlanSkeletonTests {
    private func make(_ format: String, profile: String = "pemda", institution: String = "Kabupaten X",
                      period: String = "2025-2029") throws -> (folder: URL, file: URL, run: CLIRunner.Output) {
        let folder = try CLIRunner.temporaryFolder()
        let run = try CLIRunner.run(["init", folder.path, "--plan", "--profile", profile, "--institution", institution,
                                     "--period", period, "--format", format])
        let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).first ?? "none"
        return (folder, folder.appendingPathComponent(name), run)
    }

    @Test("the skeleton lints with no error, only what is still to write", arguments: ["md", "xml", "docx"])
    func lintsWithoutError(format: String) throws {
        let made = try make(format)
        #expect(made.run.status == 0, "\(made.run.stderr)")
        #expect(made.file.lastPathComponent == "rencana-induk-spbe-kabupaten-x.\(format)")
        let check = try CLIRunner.run(["check", made.file.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains(": error: "), "\(check.stdout)")
        #expect(check.stdout.contains("dibaca sebagai: Rencana Induk SPBE, Pemerintah Kabupaten X, 2025-2029, rancangan"))
        // Still to write: empty required sections, the roadmap's empty cells, the enacting regulation.
        #expect(check.stdout.contains("ada tetapi belum berisi"))
        #expect(check.stdout.contains("[peta-rencana-cakupan-tahun]"))
        #expect(check.stdout.contains("[dokumen-penetapan]"), "the enacting regulation is still a placeholder")
        #expect(check.stdout.contains("[peta-rencana-layanan]"))
        #expect(try CLIRunner.run(["check", "--fail-on", "warning", made.file.path]).status == 1)
    }

    @Test("every required part with its rules' guidance, and a roadmap column per year")
    func content() throws {
        let made = try make("md", period: "2026-2030")
        let text = try String(contentsOf: made.file, encoding: .utf8)
        for heading in ["## Dasar Hukum", "# Visi dan Misi", "# Arsitektur SPBE", "## Domain Aplikasi",
                        "## Domain Proses Bisnis", "# Peta Rencana SPBE", "# Audit TIK"] {
            #expect(text.contains("\n\(heading)\n"), "missing \(heading)")
        }
        #expect(text.contains("| No | Program/Kegiatan | Perangkat Daerah | 2026 | 2027 | 2028 | 2029 | 2030 |"))
        // Guidance is drawn from the rules (as comments, so it is not the plan's text).
        #expect(text.contains("  arsitektur-domain-aplikasi: "))
        #expect(text.contains("  audit-tik-frekuensi: "))
        #expect(text.contains("penetapan: \"[isi: Peraturan Bupati X Nomor … Tahun …]\""))
        // What the law fixes for a regional roadmap's review is stated, from the rules' descriptions.
        #expect(text.contains("dilakukan oleh kepala daerah"))
    }

    @Test("other profiles and levels lint with no error", arguments: [
        ("instansi-pusat", "Kementerian Contoh", "2025-2029"), ("pemda", "Kota Y", "2025-2029"),
        ("pemda", "Provinsi Z", "2025-2029"), ("nasional", "Pemerintah Republik Indonesia", "2025-2044"),
    ])
    func otherProfiles(profile: String, institution: String, period: String) throws {
        let made = try make("md", profile: profile, institution: institution, period: period)
        #expect(made.run.status == 0, "\(made.run.stderr)")
        let check = try CLIRunner.run(["check", made.file.path])
        #expect(check.status == 0 && !check.stdout.contains(": error: "), "\(check.stdout)")
    }

    @Test("never overwrites a file; a bad request is a usage error (exit 2)")
    func refusals() throws {
        let made = try make("xml")
        let before = try Data(contentsOf: made.file)
        let again = try CLIRunner.run(["init", made.folder.path, "--plan", "--profile", "pemda", "--institution", "Kabupaten X",
                                       "--period", "2025-2029", "--format", "xml"])
        #expect(again.status == 2 && again.stderr.contains("not overwritten"))
        #expect(try Data(contentsOf: made.file) == before)
        let folder = try CLIRunner.temporaryFolder().path
        for arguments in [["--plan", "--profile", "pemda", "--period", "2025-2029"],
                          ["--plan", "--profile", "pemda", "--institution", "Kabupaten X"],
                          ["--plan", "--institution", "Kabupaten X", "--period", "2025-2029"],
                          ["--plan", "--profile", "pemda", "--institution", "Dinas X", "--period", "2025-2029"],
                          ["--plan", "--profile", "pemda", "--institution", "Kabupaten X", "--period", "2029-2025"],
                          ["--plan", "--profile", "nasional", "--institution", "Pemerintah", "--period", "2025-2029"],
                          ["--institution", "Kabupaten X"]] {
            let run = try CLIRunner.run(["init", folder] + arguments)
            #expect(run.status == 2, "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
