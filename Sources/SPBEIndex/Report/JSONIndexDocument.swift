/// The JSON document of `spbelint index --format json` (schemaVersion 1); optional values are written as null.
struct JSONIndexDocument: Encodable {
    struct Tool: Encodable { var name: String; var version: String }
    struct Framework: Encodable {
        var id, name, instrument, citation, status, confidence: String
    }
    struct Group: Encodable {
        var number: Int; var name: String; var weight, weightedSum, index: FixedPoint; var domain: Int?
        /// Aspects carry their domain (null without domains); domains do not.
        var isAspect: Bool
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number); try c.encode(name, forKey: .name); try c.encode(weight, forKey: .weight)
            try c.encode(weightedSum, forKey: .weightedSum); try c.encode(index, forKey: .index)
            if isAspect { try c.encode(domain, forKey: .domain) }
        }
        enum CodingKeys: String, CodingKey { case number, name, weight, weightedSum, index, domain }
    }
    struct Indicator: Encodable {
        var number: Int; var name: String; var aspect: Int; var domain: Int?; var level: Int; var levelName: String
        var maxLevel: Int; var weight, contribution, potentialGain: FixedPoint; var evidence: [String]; var note: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number); try c.encode(name, forKey: .name); try c.encode(aspect, forKey: .aspect)
            try c.encode(domain, forKey: .domain); try c.encode(level, forKey: .level); try c.encode(levelName, forKey: .levelName)
            try c.encode(maxLevel, forKey: .maxLevel); try c.encode(weight, forKey: .weight)
            try c.encode(contribution, forKey: .contribution); try c.encode(potentialGain, forKey: .potentialGain)
            try c.encode(evidence, forKey: .evidence); try c.encode(note, forKey: .note)
        }
        enum CodingKeys: String, CodingKey {
            case number, name, aspect, domain, level, levelName, maxLevel, weight, contribution, potentialGain, evidence, note
        }
    }
    struct Improvement: Encodable {
        var rank, number: Int; var name: String; var level, maxLevel: Int; var weight: FixedPoint
        var levelsMissing: Int; var gain, gainPerLevel: FixedPoint
    }
    struct Step: Encodable { var number: Int; var name: String; var fromLevel, toLevel: Int; var gain: FixedPoint }
    struct Target: Encodable {
        var target, current, gap: FixedPoint; var reached, reachable: Bool; var levelSteps: Int
        var projectedIndex: FixedPoint; var steps: [Step]
    }
    struct Assessment: Encodable {
        var path: String; var institution: String?; var year: Int?; var framework: String
        var index, exactIndex, weightedSum: FixedPoint; var predicate: String?
        var domains, aspects: [Group]; var indicators: [Indicator]; var improvements: [Improvement]; var target: Target?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path); try c.encode(institution, forKey: .institution); try c.encode(year, forKey: .year)
            try c.encode(framework, forKey: .framework); try c.encode(index, forKey: .index)
            try c.encode(exactIndex, forKey: .exactIndex); try c.encode(weightedSum, forKey: .weightedSum)
            try c.encode(predicate, forKey: .predicate); try c.encode(domains, forKey: .domains); try c.encode(aspects, forKey: .aspects)
            try c.encode(indicators, forKey: .indicators); try c.encode(improvements, forKey: .improvements)
            try c.encode(target, forKey: .target)
        }
        enum CodingKeys: String, CodingKey {
            case path, institution, year, framework, index, exactIndex, weightedSum, predicate, domains, aspects
            case indicators, improvements, target
        }
    }
    struct GroupValue: Encodable {
        var number: Int; var name: String; var index: FixedPoint; var delta: FixedPoint?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number); try c.encode(name, forKey: .name)
            try c.encode(index, forKey: .index); try c.encode(delta, forKey: .delta)
        }
        enum CodingKeys: String, CodingKey { case number, name, index, delta }
    }
    struct Change: Encodable { var number, from, to: Int }
    struct Row: Encodable {
        var path: String; var institution: String?; var year: Int?; var index: FixedPoint; var delta: FixedPoint?
        var previousYear: Int?; var predicate: String?; var rank: Int; var groups: [GroupValue]; var changes: [Change]
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path); try c.encode(institution, forKey: .institution); try c.encode(year, forKey: .year)
            try c.encode(index, forKey: .index); try c.encode(delta, forKey: .delta); try c.encode(previousYear, forKey: .previousYear)
            try c.encode(predicate, forKey: .predicate); try c.encode(rank, forKey: .rank)
            try c.encode(groups, forKey: .groups); try c.encode(changes, forKey: .changes)
        }
        enum CodingKeys: String, CodingKey { case path, institution, year, index, delta, previousYear, predicate, rank, groups, changes }
    }
    struct TrendDocument: Encodable { var framework, groupKind: String; var rows: [Row] }
    struct Problem: Encodable { var path: String; var line, column: Int; var severity, message: String }
    struct Summary: Encodable {
        var assessments, problems: Int; var failBelow: FixedPoint?; var belowThreshold: Int?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(assessments, forKey: .assessments); try c.encode(problems, forKey: .problems)
            try c.encode(failBelow, forKey: .failBelow); try c.encode(belowThreshold, forKey: .belowThreshold)
        }
        enum CodingKeys: String, CodingKey { case assessments, problems, failBelow, belowThreshold }
    }

    var schemaVersion: Int
    var tool: Tool
    var frameworks: [Framework]
    var assessments: [Assessment]
    var trends: [TrendDocument]
    var problems: [Problem]
    var summary: Summary
}
