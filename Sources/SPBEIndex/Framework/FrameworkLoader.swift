import SPBELintCore
import Yams

/// Reads a framework YAML file into an `EvaluationFramework` and checks that its weights nest.
struct FrameworkLoader {
    var path: String

    func load(yaml: String) throws -> EvaluationFramework {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { throw fail(nil, "berkas kosong", "empty file") }
            root = node
        } catch let error as FrameworkError {
            throw error
        } catch {
            let problem = YAMLSyntaxProblem(error, text: yaml)
            throw FrameworkError(path: path, position: problem.position, message: problem.message, messageEN: problem.messageEN)
        }
        if YAMLAliasBudget.exceeded(root) != nil { throw fail(root, YAMLAliasBudget.messageID, YAMLAliasBudget.message) }
        guard root.mapping != nil else { throw fail(root, "akar harus berupa pemetaan", "the root must be a mapping") }

        let id = try text(root, "id")
        guard let status = FrameworkStatus(rawValue: try text(root, "status")) else {
            throw fail(root.value("status"), "status harus 'berlaku' atau 'provisional'", "status must be 'berlaku' or 'provisional'")
        }
        let decimals = root.value("decimals")?.int ?? 2
        let scales = try readScales(root)
        let predicatesNode = try node(root, "predicates")
        var bands: [PredicateBand] = []
        for band in try list(predicatesNode, "bands") {
            bands.append(PredicateBand(name: try text(band, "name"), nameEN: optionalText(band, "en") ?? "",
                                       minimum: try number(band, "min")))
        }
        let caps = try (root.value("caps")?.sequence.map(Array.init) ?? []).map(readCap)

        var domains: [FrameworkDomain] = []
        var aspects: [FrameworkAspect] = []
        if let domainNodes = root.value("domains")?.sequence {
            for domainNode in domainNodes {
                let domainNumber = try integer(domainNode, "number")
                let domainAspects = try list(domainNode, "aspects").map { try readAspect($0, domain: domainNumber, scales: scales) }
                let domain = FrameworkDomain(number: domainNumber, name: try text(domainNode, "name"),
                                             weight: try number(domainNode, "weight"), aspects: domainAspects)
                let sum = domainAspects.reduce(FixedPoint.zero) { $0 + $1.weight }
                guard sum == domain.weight else {
                    throw fail(domainNode, "bobot domain \(domainNumber) (\(domain.weight.formatted(language: .id))) tidak sama dengan jumlah bobot aspeknya (\(sum.formatted(language: .id)))",
                               "domain \(domainNumber) weight \(domain.weight.formatted()) differs from the sum of its aspects \(sum.formatted())")
                }
                domains.append(domain)
            }
        } else {
            aspects = try list(root, "aspects").map { try readAspect($0, domain: nil, scales: scales) }
        }

        let framework = EvaluationFramework(
            id: id, name: try text(root, "name"), nameEN: optionalText(root, "nameEN") ?? "",
            instrument: try text(root, "instrument"), citation: try text(root, "citation"), status: status,
            confidence: optionalText(root, "confidence") ?? "", notes: optionalText(root, "notes") ?? "",
            decimals: decimals, scales: scales, predicates: bands,
            predicateCitation: optionalText(predicatesNode, "citation") ?? "", caps: caps,
            domains: domains, aspects: aspects)
        try check(framework, root)
        return framework
    }

    private func check(_ framework: EvaluationFramework, _ root: Node) throws {
        guard framework.totalWeight == FixedPoint(integer: 100) else {
            throw fail(root, "jumlah bobot indikator \(framework.totalWeight.formatted(language: .id)), bukan 100,00",
                       "indicator weights sum to \(framework.totalWeight.formatted()), not 100.00")
        }
        let numbers = framework.indicators.map(\.number)
        guard Set(numbers).count == numbers.count else {
            throw fail(root, "nomor indikator ganda", "duplicate indicator numbers")
        }
        guard !framework.predicates.isEmpty else { throw fail(root, "tidak ada predikat", "no predicate bands") }
        for cap in framework.caps {
            for number in cap.indicators where framework.indicator(number) == nil {
                throw fail(root, "batas '\(cap.id)' merujuk indikator \(number) yang tidak ada",
                           "cap '\(cap.id)' refers to unknown indicator \(number)")
            }
        }
    }

    private func readScales(_ root: Node) throws -> [String: MaturityScale] {
        guard let mapping = try node(root, "scales").mapping else {
            throw fail(root.value("scales"), "'scales' harus berupa pemetaan", "'scales' must be a mapping")
        }
        var scales: [String: MaturityScale] = [:]
        for (key, value) in mapping {
            let id = key.scalarText ?? ""
            let levels = try list(value, "levels").map {
                MaturityLevel(level: try integer($0, "level"), name: try text($0, "name"), nameEN: optionalText($0, "en") ?? "")
            }
            scales[id] = MaturityScale(id: id, name: try text(value, "name"), nameEN: optionalText(value, "nameEN") ?? "",
                                       citation: optionalText(value, "citation") ?? "", levels: levels)
        }
        return scales
    }

    private func readAspect(_ aspectNode: Node, domain: Int?, scales: [String: MaturityScale]) throws -> FrameworkAspect {
        let number = try integer(aspectNode, "number")
        var indicators: [FrameworkIndicator] = []
        for indicatorNode in try list(aspectNode, "indicators") {
            let scale = try text(indicatorNode, "scale")
            guard scales[scale] != nil else {
                throw fail(indicatorNode, "skala '\(scale)' tidak didefinisikan", "scale '\(scale)' is not defined")
            }
            indicators.append(FrameworkIndicator(number: try integer(indicatorNode, "number"), name: try text(indicatorNode, "name"),
                                                 weight: try self.number(indicatorNode, "weight"), scale: scale,
                                                 aspect: number, domain: domain))
        }
        let aspect = FrameworkAspect(number: number, name: try text(aspectNode, "name"), weight: try self.number(aspectNode, "weight"),
                                     domain: domain, indicators: indicators)
        let sum = indicators.reduce(FixedPoint.zero) { $0 + $1.weight }
        guard sum == aspect.weight else {
            throw fail(aspectNode, "bobot aspek \(number) (\(aspect.weight.formatted(language: .id))) tidak sama dengan jumlah bobot indikatornya (\(sum.formatted(language: .id)))",
                       "aspect \(number) weight \(aspect.weight.formatted()) differs from the sum of its indicators \(sum.formatted())")
        }
        return aspect
    }

    private func readCap(_ capNode: Node) throws -> LevelCap {
        let indicators = try list(capNode, "indicators").map { item -> Int in
            guard let value = item.int else { throw fail(item, "nomor indikator harus bilangan bulat", "indicator numbers must be integers") }
            return value
        }
        return LevelCap(id: try text(capNode, "id"), area: optionalText(capNode, "area") ?? "", indicators: indicators,
                        maxLevel: try integer(capNode, "maxLevel"), condition: try text(capNode, "condition"),
                        conditionEN: optionalText(capNode, "conditionEN") ?? "",
                        items: capNode.value("items")?.sequence?.compactMap(\.scalarText) ?? [],
                        citation: try text(capNode, "citation"))
    }

    // MARK: field readers

    private func node(_ parent: Node, _ key: String) throws -> Node {
        guard let value = parent.value(key) else {
            throw fail(parent, "kunci '\(key)' wajib ada", "key '\(key)' is required")
        }
        return value
    }

    private func text(_ parent: Node, _ key: String) throws -> String {
        let value = try node(parent, key)
        guard let text = value.scalarText else { throw fail(value, "'\(key)' harus berupa teks", "'\(key)' must be text") }
        return text
    }

    private func optionalText(_ parent: Node, _ key: String) -> String? {
        parent.value(key)?.scalarText
    }

    private func integer(_ parent: Node, _ key: String) throws -> Int {
        let value = try node(parent, key)
        guard let number = value.scalarText.flatMap({ Int($0) }) else {
            throw fail(value, "'\(key)' harus bilangan bulat", "'\(key)' must be an integer")
        }
        return number
    }

    private func number(_ parent: Node, _ key: String) throws -> FixedPoint {
        let value = try node(parent, key)
        guard let number = value.scalarText.flatMap(FixedPoint.init) else {
            throw fail(value, "'\(key)' harus bilangan desimal", "'\(key)' must be a decimal number")
        }
        return number
    }

    private func list(_ parent: Node, _ key: String) throws -> [Node] {
        let value = try node(parent, key)
        guard let sequence = value.sequence else { throw fail(value, "'\(key)' harus berupa daftar", "'\(key)' must be a list") }
        return Array(sequence)
    }

    private func fail(_ node: Node?, _ message: String, _ messageEN: String) -> FrameworkError {
        FrameworkError(path: path, position: node?.position ?? .start,
                       message: "Kerangka evaluasi tidak valid: \(message).",
                       messageEN: "Invalid evaluation framework: \(messageEN).")
    }
}
