import Foundation
import Testing
@testable import SPBELintCore

/// Every message and description of every shipped rule, in both languages, reads as correct legal
/// prose: no rule syntax, no lower-cased acronym pasted in, the right legal terms, an index named
/// by its framework, and decimals written the way each language writes them.
@Suite("Wording of messages")
struct WordingTests {
    static let rules = try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules)

    /// Acronyms and names that are never written in lower case in a sentence.
    static let acronyms = ["spbe", "tik", "rkpd", "apbd", "rka", "bssn", "opd", "pdn", "jip", "splp", "rpjmd", "renstra",
                           "panrb", "ln", "uu", "perpres", "permenpan", "sekda"]

    /// What is wrong with a text written in `language`, or nil.
    static func problems(_ text: String, language: Language, filled: Bool) -> [String] {
        var found: [String] = []
        func has(_ pattern: String, _ options: NSRegularExpression.Options = []) -> Bool {
            text.range(of: pattern, options: options.contains(.caseInsensitive) ? [.regularExpression, .caseInsensitive] : .regularExpression) != nil
        }
        if has("@[a-z]") { found.append("rule syntax (@…)") }
        if text.contains("↓") { found.append("example marker ↓") }
        if filled, has("\\{[a-zA-Z]+\\}") { found.append("unfilled placeholder") }
        if has("konsiderans mengingat", .caseInsensitive) { found.append("'Konsiderans Mengingat' (Mengingat is the Dasar Hukum)") }
        if has("Indeks (\\{value\\}|[0-9])") { found.append("an index value without its name (Indeks SPBE, Indeks Pemdi)") }
        let words = Set(text.components(separatedBy: CharacterSet.alphanumerics.inverted))
        for acronym in acronyms where words.contains(acronym) { found.append("lower-case '\(acronym)'") }
        switch language {
        case .id: if has("(?<![0-9A-Za-z.])[0-9]\\.[0-9]{2}(?![0-9.])") { found.append("decimal point in Indonesian") }
        case .en: if has("\\b[0-5],[0-9]{2}\\b") { found.append("decimal comma in English") }
        }
        return found
    }

    @Test("every message and description of every rule, in both languages")
    func templates() {
        for rule in Self.rules {
            var texts: [(String, Language, String)] = []
            for language in Language.allCases {
                texts.append((rule.message.text(in: language), language, "message"))
                if let description = rule.description { texts.append((description.text(in: language), language, "description")) }
                for (term, label) in rule.termLabels { texts.append((label.text(in: language), language, "label of '\(term)'")) }
            }
            for (text, language, part) in texts {
                let problems = Self.problems(text, language: language, filled: false)
                #expect(problems.isEmpty, "\(rule.id) \(part) [\(language.rawValue)]: \(problems): \(text)")
            }
            if let description = rule.description {
                #expect(!description.id.contains("{") && !description.en.contains("{"), "\(rule.id): a description is never filled in")
            }
        }
    }

    /// Every Markdown and XML file under a folder, subfolders included.
    static func documentFiles(under folder: URL) -> [URL] {
        var urls: [URL] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if ["md", "xml"].contains(url.pathExtension) { urls.append(url) }
        }
        return urls.sorted { $0.path < $1.path }
    }

    /// The example documents of every rule and the shipped examples (with `Examples/judged/`,
    /// `Examples/regulasi/` and any other subfolder), parsed once.
    static let documents: [Document] = {
        let urls = documentFiles(under: Repository.rules) + documentFiles(under: Repository.examples)
        return urls.compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return try? MarkedDocument(text).parse(as: url.lastPathComponent)
        }
    }()

    @Test("the examples of every subfolder of Examples/ are read, judged documents included")
    func examplesOfEverySubfolder() {
        let files = Self.documentFiles(under: Repository.examples).map(\.path)
        #expect(files.contains { $0.contains("/Examples/judged/") })
        #expect(files.contains { $0.contains("/Examples/regulasi/") })
        let paths = Set(Self.documents.map { URL(fileURLWithPath: $0.path).lastPathComponent })
        for file in files { #expect(paths.contains(URL(fileURLWithPath: file).lastPathComponent), "\(file) was not parsed") }
    }

    @Test("every finding the examples produce reads correctly in both languages; search terms are shown by their labels")
    func findings() {
        #expect(Self.documents.count > 100)
        var checked = 0
        for document in Self.documents {
            for finding in Linter(rules: Self.rules).lint(document) where finding.basis != nil {
                for language in Language.allCases {
                    let problems = Self.problems(finding.message.text(in: language), language: language, filled: true)
                    #expect(problems.isEmpty, "\(finding.ruleId) [\(language.rawValue)] in \(document.path): \(problems): \(finding.message.text(in: language))")
                }
                checked += 1
            }
            // The `{term}` of duplicate-definitions is the document's own defined word, not a search term.
            for rule in Self.rules where rule.message.id.contains("{term}") && rule.applies(to: document)
                && !(rule.check is DuplicateDefinitions) {
                guard case .unmet(let matches) = rule.check.evaluate(in: document) else { continue }
                for match in matches where match.message == nil {
                    guard let term = match.values["term"]?.id else { continue }
                    #expect(rule.termLabels[term.lowercased()] != nil, "\(rule.id): the term '\(term)' has no display label (termLabels)")
                }
            }
        }
        #expect(checked > 50)
    }

    @Test("one finding per gap: a rule never says the same thing twice at one place")
    func onePerGap() {
        for document in Self.documents {
            let findings = Linter(rules: Self.rules).lint(document)
            let keys = findings.map { "\($0.ruleId)@\($0.position.line):\($0.position.column) \($0.message.id)" }
            #expect(Set(keys).count == keys.count, "\(document.path)")
        }
    }

    @Test("the checker itself catches the patterns it is for")
    func patterns() {
        #expect(!Self.problems("Arsitektur SPBE belum memuat domain arsitektur keamanan spbe.", language: .id, filled: true).isEmpty)
        #expect(!Self.problems("Tabel belum memuat kolom: @tahun, opd.", language: .id, filled: true).isEmpty)
        #expect(!Self.problems("Peta Rencana SPBE: {years}2027.", language: .id, filled: true).isEmpty)
        #expect(!Self.problems("Konsiderans Mengingat belum mencantumkan UU 23/2014.", language: .id, filled: true).isEmpty)
        #expect(!Self.problems("Indeks 2,45 berpredikat Cukup.", language: .id, filled: true).isEmpty)
        #expect(!Self.problems("SPBE Index 2,45 is rated Cukup.", language: .en, filled: true).isEmpty)
        #expect(!Self.problems("Indeks SPBE 2.45 berpredikat Cukup.", language: .id, filled: true).isEmpty)
        #expect(Self.problems("Indeks SPBE 2,45 berpredikat Cukup menurut Permenpan RB 59/2020, bukan Baik.", language: .id, filled: true).isEmpty)
        #expect(Self.problems("SPBE Index 2.45 is rated Cukup under Permenpan RB 59/2020, not Baik.", language: .en, filled: true).isEmpty)
    }
}
