import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint init`: writes a commented `.spbelint.yml` for a new repository of SPBE documents, or
/// with `--plan` a master-plan skeleton generated from the rule packs.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented .spbelint.yml in a folder, or with --plan a master-plan skeleton (never overwrites a file).",
        discussion: """
            With --plan --profile pemda --institution "Kabupaten X" --period 2025-2029 [--format md|xml|docx], \
            writes rencana-induk-spbe-<institution>.<format>: every part the rules require, with their guidance \
            as comments, "[isi: …]" lines and a roadmap table with a column per year. It lints with no error; \
            its warnings and info findings are what is still to write.
            """)

    @Argument(help: "The folder to write .spbelint.yml in.")
    var folder: String = "."

    @Option(help: "The profile of the documents when their text does not say it: nasional, instansi-pusat, pemda, perkada.")
    var profile: Profile?

    @Option(help: "The document kind when their text does not say it: rencana-induk, arsitektur, peta-rencana, perkada, keputusan, regulasi.")
    var kind: DocumentKindName?

    @OptionGroup var plan: PlanOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if plan.plan {
            _ = try plan.request(profile: profile)
            if kind != nil { throw ValidationError("--kind does not go with --plan (a master plan is a rencana-induk).") }
        } else if plan.institution != nil || plan.period != nil || plan.format != nil {
            throw ValidationError("--institution, --period and --format go with --plan.")
        }
    }

    func run() throws {
        if plan.plan { return try writePlan() }
        let path = URL(fileURLWithPath: folder).appendingPathComponent(".spbelint.yml").path
        if FileManager.default.fileExists(atPath: path) {
            FileOutput.standardError("\(path): error: a configuration already exists; not overwritten.\n")
            throw ExitCode(2)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileOutput.write(ConfigTemplate.text(profile: profile, kind: kind?.value), to: path)
        FileOutput.standardOutput("\(path) written; run `spbelint check \(folder)`.\n")
    }
}

extension InitCommand {
    /// Writes the master-plan skeleton in the folder, never over an existing file.
    private func writePlan() throws {
        let request = try plan.request(profile: profile)
        let format = plan.format ?? .md
        let name = "rencana-induk-spbe-\(PlanOptions.slug(request.institution)).\(format.rawValue)"
        let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        if FileManager.default.fileExists(atPath: path) {
            FileOutput.standardError("\(path): error: the file already exists; not overwritten.\n")
            throw ExitCode(2)
        }
        let catalog = try common.loadCatalog()
        let data = try PlanSkeleton(catalog: catalog, request: request, format: format).render()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            FileOutput.standardError("\(path): error: could not be written: \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
        FileOutput.standardOutput("\(path) written; run `spbelint check \(path)` to see what is still to write.\n")
    }
}

/// The commented configuration `spbelint init` writes; every key it shows is one the loader accepts.
enum ConfigTemplate {
    static func text(profile: Profile?, kind: String?) -> String {
        """
        # spbelint configuration: see README, "Configuration: .spbelint.yml".
        # spbelint reads each document's kind, level and period from its own text; set them here only
        # for documents whose text does not say them (each document's first output line shows what was read).
        \(profile.map { "profile: \($0.rawValue)" } ?? "# profile: pemda            # nasional | instansi-pusat | pemda | perkada")
        \(kind.map { "kind: \($0)" } ?? "# kind: rencana-induk        # rencana-induk | arsitektur | peta-rencana | perkada | keputusan | regulasi")

        # Turn a rule off or change its severity (the tier — kewajiban, kriteria evaluasi, praktik baik —
        # stays what the law says; see `spbelint explain RULE`).
        rules:
          # dokumen-penetapan: off
          # arsitektur-reviu: { severity: info }

        # Files that are not plans (project prose, templates).
        ignore:
          - "README.md"
          - "CHANGELOG.md"

        # Settings for some files only.
        # overrides:
        #   - files: ["arsip/**"]
        #     rules:
        #       dasar-hukum-perpres-132: off

        """
    }
}
