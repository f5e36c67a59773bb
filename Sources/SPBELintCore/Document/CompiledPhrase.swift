/// A phrase's folded words and their stems, computed once per run: rules and concepts name the
/// same phrases many times (a concept is expanded into every rule that uses it).
struct CompiledPhrase: Sendable {
    /// The folded words ("Pusat Data" → ["pusat", "data"]).
    let words: [String]
    /// The stem of each word, for the word index.
    let stems: [String]

    /// The compiled form of a phrase, from the run's cache when it was compiled before.
    static func of(_ phrase: String) -> CompiledPhrase {
        CompiledPhraseCache.shared.value(for: phrase) {
            let words = TextFolding.words(of: phrase)
            return CompiledPhrase(words: words, stems: words.map(WordIndex.stem(of:)))
        }
    }
}

/// The phrases compiled so far in this run, shared by the threads that load rule files.
private enum CompiledPhraseCache {
    static let shared = RunCache<String, CompiledPhrase>(limit: 100_000)
}
