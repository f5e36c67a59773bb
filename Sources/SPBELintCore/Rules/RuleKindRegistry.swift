import Foundation
import Yams

/// Every rule kind spbelint knows, by the name used in `kind:`.
public enum RuleKindRegistry {
    /// One line per kind.
    public static let all: [any RuleKind.Type] = [
        RequiredSection.self,
        RequiredTerms.self,
        MetadataFields.self,
        TableColumns.self,
        PeriodConsistency.self,
        RoadmapCoverage.self,
        ReferenceCodes.self,
        IndexPredicate.self,
        RevokedInstruments.self,
        CrossReferences.self,
        LegalPreamble.self,
        LegalNumbering.self,
        InternalReferences.self,
        PasalStatement.self,
        LegalListEnding.self,
        LampiranCaption.self,
        DuplicateDefinitions.self,
        CitedTitles.self,
    ]

    /// The kind named `name`, or nil.
    public static func kind(named name: String) -> (any RuleKind.Type)? {
        all.first { $0.name == name }
    }

    /// Builds the configured check of a kind from its `options:` node.
    static func makeCheck(kind: any RuleKind.Type, options: Node, file: String,
                          userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws(RuleLoadError) -> any RuleCheck {
        try build(kind, options: options, file: file, userInfo: userInfo)
    }

    /// Builds the check of a kind from options the cache stored (see `RuleFileCache`, `CachedValue`).
    static func makeCheck(kind: any RuleKind.Type, cached options: CachedValue, file: String,
                          userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws(RuleLoadError) -> any RuleCheck {
        try build(kind, cached: options, file: file, userInfo: userInfo)
    }

    private static func build<K: RuleKind>(_ kind: K.Type, cached options: CachedValue, file: String,
                                           userInfo: [CodingUserInfoKey: any Sendable]) throws(RuleLoadError) -> any RuleCheck {
        do {
            if let check = try CachedOptions.check(kind, options: options, userInfo: userInfo) { return check }
            return try K(options: try K.Options(from: CachedValueDecoder(options, userInfo: userInfo)))
        } catch {
            throw RuleLoadError(file: file, message: "cached options of kind '\(K.name)' do not decode: \(error)")
        }
    }

    private static func build<K: RuleKind>(_ kind: K.Type, options: Node, file: String,
                                           userInfo: [CodingUserInfoKey: any Sendable]) throws(RuleLoadError) -> any RuleCheck {
        let decoded = try YAMLDecoding.decode(K.Options.self, from: options, file: file, userInfo: userInfo)
        do {
            return try K(options: decoded)
        } catch {
            throw RuleLoadError(file: file, line: options.mark?.line ?? 1, column: options.mark?.column ?? 1,
                                message: "invalid options for kind '\(K.name)': \(error.message)")
        }
    }
}
