import Foundation

/// `metadata`: required metadata fields with types (text, year, year range, date, enumeration).
///
/// ## What it checks
/// Each field in `fields` is present (unless `required: false`) and its value fits its `type`:
/// `text` (non-empty, no placeholder), `year`, `year-range` (optionally exactly `years` long),
/// `date` (YYYY-MM-DD), `enum` (one of `values`); a `text` field with `contains` must name one of
/// those phrasings (for example the kind of instrument that enacts the plan).
///
/// ## Options
/// - `fields`: list of `{key, type, values, years, contains, required}`.
///
/// ## Where findings point
/// A missing field: the metadata block (front matter or XML `metadata`), else line 1. A bad value:
/// the field itself. `{field}` names the key, `{problem}` says what is wrong.
public struct MetadataFields: RuleKind {
    public static let name = "metadata"
    public static let summary = "Required metadata fields are present and well typed."

    /// The type a metadata value must have.
    public enum FieldType: String, Decodable, Sendable {
        case text, year, yearRange = "year-range", date
        case enumeration = "enum"
    }

    /// One required field.
    public struct Field: Decodable, Sendable {
        var key: String
        var type: FieldType
        var values: [String]?
        var years: Int?
        var contains: PhraseList?
        var required: Bool?

        enum CodingKeys: String, CodingKey, CaseIterable { case key, type, values, years, contains, required }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            key = try container.decode(String.self, forKey: .key)
            type = try container.decode(FieldType.self, forKey: .type)
            values = try container.decodeIfPresent([String].self, forKey: .values)
            years = try container.decodeIfPresent(Int.self, forKey: .years)
            contains = try container.decodeIfPresent(PhraseList.self, forKey: .contains)
            required = try container.decodeIfPresent(Bool.self, forKey: .required)
        }
    }

    public struct Options: Decodable, Sendable {
        var fields: [Field]
        enum CodingKeys: String, CodingKey, CaseIterable { case fields }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            fields = try decoder.container(keyedBy: CodingKeys.self).decode([Field].self, forKey: .fields)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        for field in options.fields where field.type == .enumeration && (field.values ?? []).isEmpty {
            throw RuleOptionError("field '\(field.key)' of type enum needs 'values'")
        }
        self.options = options
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        let matches = matches(in: document)
        return matches.isEmpty ? .met(Evidence(section: nil, position: document.metadata.position ?? .start)) : .unmet(matches)
    }

    public func matches(in document: Document) -> [Match] {
        options.fields.compactMap { field in
            guard let value = document.metadata[field.key] else {
                guard field.required ?? true else { return nil }
                return Match(position: document.metadata.position ?? .start, section: nil,
                             values: ["field": LocalizedText(field.key),
                                      "problem": LocalizedText(id: "tidak tertulis", en: "is not stated")],
                             key: field.key)
            }
            guard let problem = MetadataFieldValidator.problem(with: value.value, for: field) else { return nil }
            return Match(position: value.position, section: nil,
                         values: ["field": LocalizedText(field.key), "problem": problem], key: field.key)
        }
    }
}
