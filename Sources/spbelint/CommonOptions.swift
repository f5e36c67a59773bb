import ArgumentParser
import SPBELintCore

/// Options shared by the commands that load rules and print messages.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "Extra rule-pack folder (repeatable); added to the default packs.")
    var ruleFolders: [String] = []

    @Flag(name: .customLong("no-default-rules"), help: "Do not load the rule packs that ship with spbelint.")
    var noDefaultRules = false

    @Option(help: "Message language: id (default) or en. Default follows LANG (en* gives English).")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment() }

    /// Loads the rule catalogue or exits with code 2 and the pack error at file:line:column.
    func loadCatalog() throws -> RuleCatalog {
        let cacheFolder = RuleCatalog.cacheFolder()
        let loadedAhead = CatalogPrefetch.shared.take(extraFolders: ruleFolders, includeDefaults: !noDefaultRules,
                                                      cacheFolder: cacheFolder)
        do {
            if let loadedAhead { return try loadedAhead.get() }
            return try RuleCatalog.load(extraFolders: ruleFolders, includeDefaults: !noDefaultRules, cacheFolder: cacheFolder)
        } catch {
            FileOutput.standardError(error.description + "\n")
            throw ExitCode(2)
        }
    }
}

extension Language: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension Profile: ExpressibleByArgument {
    /// The profiles a user may force; `unknown` is what spbelint says when it cannot tell.
    public static var allValueStrings: [String] { allCases.filter { $0 != .unknown }.map(\.rawValue) }

    public init?(argument: String) {
        guard let profile = Profile(rawValue: argument), profile != .unknown else { return nil }
        self = profile
    }
}
extension ReportFormat: ExpressibleByArgument {}
