/// The coverage summary printed by `check --coverage`: per document, per area, then each requirement.
public struct CoverageTextRenderer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ coverage: [DocumentCoverage]) -> String {
        coverage.map(render).joined(separator: "\n")
    }

    func render(_ document: DocumentCoverage) -> String {
        let en = language == .en
        var lines: [String] = []
        let total = document.percent.map { "\($0)%" } ?? "-"
        lines.append(en ? "Coverage of \(document.path): \(total)" : "Cakupan \(document.path): \(total)")
        for area in document.areas {
            let percent = area.percent.map { "\($0)%" } ?? (en ? "n/a" : "t/a")
            let name = area.area.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
            lines.append("  \(name) \(percent.leftPadded(to: 5))  "
                         + (en ? "met \(area.met), not met \(area.notMet), not applicable \(area.notApplicable)"
                               : "terpenuhi \(area.met), belum \(area.notMet), tidak berlaku \(area.notApplicable)")
                         + (area.withoutEvidence == 0 ? "" : en ? ", no evidence \(area.withoutEvidence)" : ", tanpa bukti \(area.withoutEvidence)"))
        }
        for requirement in document.requirements {
            lines.append("    \(requirement.withoutEvidence ? "[~]" : mark(requirement.status)) \(requirement.ruleId)\(place(requirement, in: document.path))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func mark(_ status: RequirementStatus) -> String {
        switch status {
        case .met: return "[v]"
        case .notMet: return "[x]"
        case .notApplicable: return "[-]"
        }
    }

    private func place(_ requirement: RequirementResult, in path: String) -> String {
        if requirement.status == .notApplicable, let reason = requirement.reason {
            return "  (\(reason.text(in: language)))"
        }
        guard requirement.status == .met, let position = requirement.evidencePosition,
              let heading = requirement.evidenceHeading else { return "" }
        let quote = requirement.evidenceExcerpt.map { ": \"\($0)\"" } ?? ""
        return "  (\(heading), \(position.words(in: path).text(in: language))\(quote))"
    }
}

extension String {
    /// The string right-aligned in a field of `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
