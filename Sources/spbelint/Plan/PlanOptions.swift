import ArgumentParser
import Foundation
import SPBELintCore

/// The options of `spbelint init --plan`.
struct PlanOptions: ParsableArguments {
    @Flag(help: "Write a master-plan (Rencana Induk SPBE) skeleton generated from the rule packs instead of .spbelint.yml.")
    var plan = false

    @Option(help: "With --plan: the institution, e.g. \"Kabupaten X\", \"Kota Y\", \"Provinsi Z\" or a ministry's name.")
    var institution: String?

    @Option(help: "With --plan: the plan period, e.g. 2025-2029.")
    var period: String?

    @Option(help: "With --plan: md (default), xml or docx.")
    var format: PlanSkeleton.Format?

    /// The request, or a usage error saying what is missing or wrong.
    func request(profile: Profile?) throws -> PlanRequest {
        guard let profile else { throw ValidationError("--plan needs --profile (nasional, instansi-pusat or pemda).") }
        guard [.nasional, .instansiPusat, .pemda].contains(profile) else {
            throw ValidationError("--plan makes a master plan: --profile nasional, instansi-pusat or pemda, not \(profile.rawValue).")
        }
        guard let institution = institution?.trimmingCharacters(in: .whitespaces), !institution.isEmpty else {
            throw ValidationError("--plan needs --institution, e.g. --institution \"Kabupaten X\".")
        }
        guard let period else { throw ValidationError("--plan needs --period, e.g. --period 2025-2029.") }
        let years = period.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard years.count == 2, let first = years[0], let last = years[1], (1900...2200).contains(first),
              first <= last, last - first < 25 else {
            throw ValidationError("--period '\(period)' is not a period like 2025-2029.")
        }
        if profile == .nasional, last - first + 1 != 20 {
            throw ValidationError("--period: the national master plan covers 20 years (Perpres 95/2018 Pasal 1 angka 5), e.g. \(first)-\(first + 19).")
        }
        let level: String
        switch profile {
        case .pemda:
            let folded = institution.lowercased().replacingOccurrences(of: "pemerintah ", with: "")
            if folded.hasPrefix("provinsi") { level = "provinsi" }
            else if folded.hasPrefix("kabupaten") { level = "kabupaten" }
            else if folded.hasPrefix("kota") { level = "kota" }
            else { throw ValidationError("--institution for --profile pemda starts with Provinsi, Kabupaten or Kota (\"Kabupaten X\").") }
        default: level = profile.rawValue
        }
        return PlanRequest(profile: profile, institution: institution, firstYear: first, lastYear: last, level: level)
    }

    /// "Kabupaten X" → "kabupaten-x".
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.isEmpty ? "instansi" : words.joined(separator: "-")
    }
}

extension PlanSkeleton.Format: ExpressibleByArgument {}
