/// Reduces an Indonesian word to its root by the Nazief-Adriani algorithm with the Enhanced
/// Confix Stripping (ECS) prefix rules, as the Sastrawi family of stemmers does.
///
/// Steps (Asian 2007; Arifin, Mahendra and Ciptaningtyas 2009; Tahitoe and Purwitasari 2010):
/// 1. a word of the dictionary, or of three letters or fewer, is its own root;
/// 2. confixes whose prefix must go first (be-lah, be-an, me-i, di-i, pe-i, ter-i) are stripped
///    prefix first, every other word suffix first: the particle (-lah, -kah, -tah, -pun), the
///    possessive (-ku, -mu, -nya), then the derivational suffix (-i, -kan, -an);
/// 3. up to three prefixes are removed: plain di-, ke-, se-, and me-, pe-, be-, te- through the
///    ECS disambiguation rules (mem+vowel may be m- or p-, peng+vowel may be k- or the vowel, ...),
///    the candidate found in the dictionary winning;
/// 4. when no root is found, the suffixes are put back one at a time and the prefixes tried again;
/// 5. when still no root is found, the word is returned unchanged (never over-stemmed).
public struct IndonesianStemmer: Sendable {
    /// The root words the algorithm checks its candidates against.
    public let dictionary: Set<String>

    public init(dictionary: Set<String>) { self.dictionary = dictionary }

    /// The stemmer with spbelint's built-in root list.
    public static let shared = IndonesianStemmer(dictionary: IndonesianRootWords.all)

    /// The root of a lower-case word, or the word itself when no root is found.
    public func stem(_ word: String) -> String {
        if word.utf8.count <= 3 || dictionary.contains(word) { return word }
        guard word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var state = State(word: word)
        if Self.prefixFirst(word) {
            if let root = removePrefixes(&state) { return root }
            if let root = removeSuffixes(&state) { return root }
            state = State(word: word)
            if let root = removeSuffixes(&state) { return root }
            if let root = removePrefixes(&state) { return root }
        } else {
            if let root = removeSuffixes(&state) { return root }
            if let root = removePrefixes(&state) { return root }
        }
        return restoreSuffixes(state, original: word) ?? word
    }

    /// The working word and the suffixes removed from it, in order.
    struct State {
        var current: String
        var suffixes: [String] = []
        var afterSuffixes: String

        init(word: String) {
            current = word
            afterSuffixes = word
        }
    }

    /// Confixes whose prefix is removed before the suffix (Tahitoe and Purwitasari's precedence rule).
    static func prefixFirst(_ word: String) -> Bool {
        (word.hasPrefix("be") && (word.hasSuffix("lah") || word.hasSuffix("an")))
            || ((word.hasPrefix("me") || word.hasPrefix("di") || word.hasPrefix("pe") || word.hasPrefix("ter"))
                && word.hasSuffix("i"))
    }

    // MARK: suffixes

    private static let particles = ["lah", "kah", "tah", "pun"]
    private static let possessives = ["nya", "ku", "mu"]
    private static let derivational = ["kan", "an", "i"]

    /// Removes the particle, the possessive and the derivational suffix; the root when one is found.
    private func removeSuffixes(_ state: inout State) -> String? {
        for group in [Self.particles, Self.possessives, Self.derivational] {
            if let suffix = group.first(where: { state.current.hasSuffix($0) && state.current.utf8.count - $0.utf8.count >= 3 }) {
                state.current = String(state.current.dropLast(suffix.count))
                state.suffixes.append(suffix)
                if dictionary.contains(state.current) { return state.current }
            }
        }
        state.afterSuffixes = state.current
        return nil
    }

    /// Puts the removed suffixes back one at a time (last removed first) and tries the prefixes
    /// again; "-kan" is also tried as "k" + "-an" ("pemukiman" is not "pemu-kan").
    private func restoreSuffixes(_ state: State, original: String) -> String? {
        var word = state.afterSuffixes
        for suffix in state.suffixes.reversed() {
            if suffix == "kan" {
                var candidate = State(word: word + "k")
                if let root = removePrefixes(&candidate) { return root }
            }
            word += suffix
            var candidate = State(word: word)
            if let root = removePrefixes(&candidate) { return root }
        }
        return nil
    }

    // MARK: prefixes

    /// Removes up to three prefixes, never the same prefix twice; the root when one is found.
    private func removePrefixes(_ state: inout State) -> String? {
        if dictionary.contains(state.current) { return state.current }
        var removed: Set<String> = []
        for _ in 0..<3 {
            let kind = String(state.current.prefix(2))
            guard state.current.utf8.count > 3, !removed.contains(kind),
                  let next = removePrefix(from: state.current) else { return nil }
            removed.insert(kind)
            state.current = next
            if dictionary.contains(next) { return next }
        }
        return nil
    }

    /// One prefix removal: the first rule that applies; among its candidates the one in the
    /// dictionary, else its last candidate (as Sastrawi does).
    func removePrefix(from word: String) -> String? {
        for rule in PrefixRules.all {
            let candidates = rule(Array(word.utf8))
            guard !candidates.isEmpty else { continue }
            let strings = candidates.map { String(decoding: $0, as: UTF8.self) }
            return strings.first(where: dictionary.contains) ?? strings.last
        }
        return nil
    }
}
