import ArgumentParser
import Foundation
import SPBELintCore

/// `spbelint init`: writes a commented `.spbelint.yml` for a new repository of SPBE documents.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented .spbelint.yml in a folder (never overwrites one).")

    @Argument(help: "The folder to write .spbelint.yml in.")
    var folder: String = "."

    @Option(help: "The profile of the documents when their text does not say it: nasional, instansi-pusat, pemda, perkada.")
    var profile: Profile?

    @Option(help: "The document kind when their text does not say it: rencana-induk, arsitektur, peta-rencana, perkada, keputusan, regulasi.")
    var kind: DocumentKindName?

    func run() throws {
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
