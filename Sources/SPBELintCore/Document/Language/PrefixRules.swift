/// The prefix rules of Enhanced Confix Stripping, in the order the stemmer tries them.
///
/// Each rule reads a lower-case word (ASCII bytes) and returns its candidate remainders, most
/// likely first; an empty result means the rule does not apply. Numbers follow the ECS tables
/// (Arifin et al. 2009, with Tahitoe and Purwitasari's rules 17c/d, 30c, 35, 36); V is a vowel,
/// C a consonant, A any letter.
enum PrefixRules {
    typealias Rule = @Sendable ([UInt8]) -> [[UInt8]]

    static func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }
    static func isConsonant(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A && !isVowel(c) }
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// The rest of `word` after `prefix`, or nil when it does not start with it.
    static func after(_ prefix: String, _ word: [UInt8]) -> ArraySlice<UInt8>? {
        let p = bytes(prefix)
        guard word.count > p.count, word.starts(with: p) else { return nil }
        return word[p.count...]
    }

    static func at(_ rest: ArraySlice<UInt8>, _ offset: Int) -> UInt8? {
        let index = rest.startIndex + offset
        return index < rest.endIndex ? rest[index] : nil
    }

    static func startsWithEr(_ rest: ArraySlice<UInt8>, from offset: Int) -> Bool {
        at(rest, offset) == 0x65 && at(rest, offset + 1) == 0x72
    }

    static let r: UInt8 = 0x72, l: UInt8 = 0x6C, w: UInt8 = 0x77, y: UInt8 = 0x79, m: UInt8 = 0x6D, n: UInt8 = 0x6E

    /// di-, ke-, se- (plain prefixes).
    static let plain: Rule = { word in
        for prefix in ["di", "ke", "se"] {
            if let rest = after(prefix, word) { return [Array(rest)] }
        }
        return []
    }

    /// be-: rules 1-5.
    static let ber: Rule = { word in
        if word == bytes("belajar") { return [bytes("ajar")] }
        if let rest = after("ber", word), let first = at(rest, 0) {
            if isVowel(first) { return [Array(rest), [r] + rest] }                    // 1a, 1b
            if isConsonant(first), first != r {
                if at(rest, 1) != nil, startsWithEr(rest, from: 2), let v = at(rest, 4), isVowel(v) {
                    return [Array(rest)]                                               // 3
                }
                if at(rest, 1) != nil, !startsWithEr(rest, from: 2) { return [Array(rest)] }   // 2
            }
        }
        if let rest = after("be", word), let c1 = at(rest, 0), isConsonant(c1), c1 != r, c1 != l,
           startsWithEr(rest, from: 1), let c2 = at(rest, 3), isConsonant(c2) {
            return [Array(rest)]                                                       // 5
        }
        return []
    }

    /// te-: rules 6-9 and 35.
    static let ter: Rule = { word in
        if let rest = after("ter", word), let first = at(rest, 0) {
            if isVowel(first) { return [Array(rest), [r] + rest] }                    // 6a, 6b
            if isConsonant(first), first != r {
                if startsWithEr(rest, from: 1), let v = at(rest, 3), isVowel(v) { return [Array(rest)] }   // 7
                if !startsWithEr(rest, from: 1) { return [Array(rest)] }               // 8
                if startsWithEr(rest, from: 1), let c2 = at(rest, 3), isConsonant(c2) { return [Array(rest)] } // 35
            }
        }
        if let rest = after("te", word), let c1 = at(rest, 0), isConsonant(c1), c1 != r,
           startsWithEr(rest, from: 1), let c2 = at(rest, 3), isConsonant(c2) {
            return [Array(rest)]                                                       // 9
        }
        return []
    }

    /// me-: rules 10-19.
    static let me: Rule = { word in
        if let rest = after("meng", word), let first = at(rest, 0) {
            if [0x67, 0x68, 0x71, 0x6B].contains(first) { return [Array(rest)] }    // 16: g h q k
            if first == 0x65, let next = at(rest, 1), isConsonant(next) {
                return [Array(rest.dropFirst()), Array(rest), [0x6B] + rest]          // 17c, 17a, 17b
            }
            if isVowel(first) { return [Array(rest), [0x6B] + rest] }                 // 17a, 17b
        }
        if let rest = after("meny", word), let first = at(rest, 0), isVowel(first) {
            return [[0x6E, 0x79] + rest, [0x73] + rest]                                // 18a, 18b
        }
        if let rest = after("memp", word), let first = at(rest, 0), first != 0x65 {
            return [[0x70] + rest]                                                     // 19
        }
        if let rest = after("mempe", word) { return [[0x70, 0x65] + rest] }           // 12
        if let rest = after("mem", word), let first = at(rest, 0) {
            if [0x62, 0x66, 0x76].contains(first) { return [Array(rest)] }            // 11: b f v
            if isVowel(first) || (first == r && at(rest, 1).map(isVowel) == true) {
                return [[m] + rest, [0x70] + rest]                                     // 13a, 13b
            }
        }
        if let rest = after("men", word), let first = at(rest, 0) {
            if [0x63, 0x64, 0x6A, 0x73, 0x74, 0x7A].contains(first) { return [Array(rest)] }   // 14: c d j s t z
            if isVowel(first) { return [[n] + rest, [0x74] + rest] }                  // 15a, 15b
        }
        if let rest = after("me", word), let first = at(rest, 0), [l, r, w, y].contains(first),
           at(rest, 1).map(isVowel) == true {
            return [Array(rest)]                                                       // 10
        }
        return []
    }

    /// pe-: rules 20-34 and 36.
    static let pe: Rule = { word in
        if word == bytes("pelajar") { return [bytes("ajar")] }
        if let rest = after("peng", word), let first = at(rest, 0) {
            if [0x67, 0x68, 0x71, 0x6B].contains(first) { return [Array(rest)] }    // 29
            if first == 0x65, let next = at(rest, 1), isConsonant(next) {
                return [Array(rest.dropFirst()), Array(rest), [0x6B] + rest]          // 30c, 30a, 30b
            }
            if isVowel(first) { return [Array(rest), [0x6B] + rest] }                 // 30a, 30b
        }
        if let rest = after("peny", word), let first = at(rest, 0), isVowel(first) {
            return [[0x6E, 0x79] + rest, [0x73] + rest]                                // 31a, 31b
        }
        if let rest = after("pem", word), let first = at(rest, 0) {
            if [0x62, 0x66, 0x76].contains(first) { return [Array(rest)] }            // 25
            if isVowel(first) || (first == r && at(rest, 1).map(isVowel) == true) {
                return [[m] + rest, [0x70] + rest]                                     // 26a, 26b
            }
        }
        if let rest = after("pen", word), let first = at(rest, 0) {
            if [0x63, 0x64, 0x6A, 0x73, 0x74, 0x7A].contains(first) { return [Array(rest)] }   // 27
            if isVowel(first) { return [[n] + rest, [0x74] + rest] }                  // 28a, 28b
        }
        if let rest = after("per", word), let first = at(rest, 0) {
            if isVowel(first) { return [Array(rest), [r] + rest] }                    // 21a, 21b
            if isConsonant(first), first != r {
                if startsWithEr(rest, from: 2), let v = at(rest, 4), isVowel(v) { return [Array(rest)] }   // 24
                if !startsWithEr(rest, from: 2) { return [Array(rest)] }               // 23
            }
        }
        if let rest = after("pe", word), let first = at(rest, 0) {
            if (first == w || first == y), at(rest, 1).map(isVowel) == true { return [Array(rest)] }   // 20
            if first == l, at(rest, 1).map(isVowel) == true { return [Array(rest)] }   // 32
            if isConsonant(first), ![r, w, y, l, m, n].contains(first) {
                if startsWithEr(rest, from: 1), let v = at(rest, 3), isVowel(v) { return [[first] + rest.dropFirst()] }  // 33
                return [Array(rest)]                                                   // 34, 36
            }
        }
        return []
    }

    /// Every prefix rule, in the order they are tried.
    static let all: [Rule] = [plain, ber, ter, me, pe]
}
