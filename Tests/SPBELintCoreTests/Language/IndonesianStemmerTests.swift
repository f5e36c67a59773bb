import Testing
@testable import SPBELintCore

/// The stemmer's own table: each affix pattern of Nazief-Adriani / ECS with a word of that shape.
struct IndonesianStemmerTests {
    static let table: [(word: String, root: String, rule: String)] = [
        ("layanan", "layan", "-an"),
        ("kebijakan", "bijak", "ke-an, -kan put back as k"),
        ("keamanan", "aman", "ke-an"),
        ("pengamanan", "aman", "peng+vowel (30a) -an"),
        ("pengelolaan", "kelola", "peng+vowel as k (30b)"),
        ("dikelola", "kelola", "di-"),
        ("mengelola", "kelola", "meng+vowel as k (17b)"),
        ("penyelenggaraan", "selenggara", "peny+vowel as s (31b)"),
        ("diselenggarakan", "selenggara", "di-kan"),
        ("perencanaan", "rencana", "per+vowel as r (21b)"),
        ("direncanakan", "rencana", "di-kan"),
        ("pemantauan", "mantau", "pem+vowel as m (26a)"),
        ("memantau", "mantau", "mem+vowel as m (13a)"),
        ("pembangunan", "bangun", "pem+b (25)"),
        ("membangun", "bangun", "mem+b (11)"),
        ("penerapan", "terap", "pen+vowel as t (28b)"),
        ("menerapkan", "terap", "men+vowel as t (15b) -kan"),
        ("peninjauan", "tinjau", "pen+vowel as t"),
        ("ditinjau", "tinjau", "di-"),
        ("pelayanan", "layan", "pe+l (32)"),
        ("terintegrasi", "integrasi", "ter+vowel (6a), prefix first for ter-i"),
        ("mengintegrasikan", "integrasi", "meng+vowel (17a) -kan"),
        ("keterpaduan", "padu", "ke-ter-an"),
        ("pengembangan", "kembang", "peng+e as k"),
        ("dikembangkan", "kembang", "di-kan"),
        ("pengetahuan", "tahu", "penge+C (30c)"),
        ("mengetahui", "tahu", "menge+C (17c) -i, prefix first for me-i"),
        ("pemeliharaan", "pelihara", "pem+vowel as p (26b)"),
        ("memelihara", "pelihara", "mem+vowel as p (13b)"),
        ("penyusunan", "susun", "peny as s"),
        ("menyusun", "susun", "meny as s (18b)"),
        ("perubahan", "ubah", "per+vowel (21a)"),
        ("berubah", "ubah", "ber+vowel (1a)"),
        ("bertugas", "tugas", "ber+C (2)"),
        ("penugasan", "tugas", "pen+vowel as t"),
        ("setiap", "tiap", "se-"),
        ("anggarannya", "anggar", "-nya -an"),
        ("penganggaran", "anggar", "peng+vowel (30a)"),
        ("koordinasinya", "koordinasi", "-nya"),
        ("dikoordinasikan", "koordinasi", "di-kan"),
        ("direviu", "reviu", "di-"),
        ("mereviu", "reviu", "me+r (10)"),
        ("pengawasan", "awas", "peng+vowel"),
        ("terpusat", "pusat", "ter+C (8)"),
        ("pengadaan", "ada", "peng+vowel"),
        ("kelembagaan", "lembaga", "ke-an"),
        ("belajar", "ajar", "rule 4"),
        ("pelajaran", "ajar", "rule 32 exception"),
        ("pemerintahan", "pemerintah", "lexicalised root"),
        ("perangkat", "perangkat", "lexicalised root"),
    ]

    @Test("every table row", arguments: table.indices)
    func stems(_ row: Int) {
        let entry = Self.table[row]
        #expect(IndonesianStemmer.shared.stem(entry.word) == entry.root, "\(entry.word) (\(entry.rule))")
    }

    @Test func wordsWithoutAKnownRootAreKeptWhole() {
        for word in ["digital", "dinas", "dewan", "teknologi", "terminal", "management", "roadmap", "pegawai"] {
            #expect(IndonesianStemmer.shared.stem(word) == word)
        }
    }

    @Test func englishPluralsMeetTheirSingularButIndonesianWordsKeepTheirS() {
        #expect(WordIndex.stem(of: "applications") == "application")
        #expect(WordIndex.stem(of: "maps") == "map")
        #expect(WordIndex.stem(of: "systems") == "system")
        for word in ["dinas", "bisnis", "teknis", "status", "proses", "kelas"] {
            #expect(WordIndex.stem(of: word) == word)
        }
    }

    @Test func spellingVariantsMeetTheirStandardForm() {
        #expect(WordIndex.stem(of: "resiko") == WordIndex.stem(of: "risiko"))
        #expect(WordIndex.stem(of: "analisa") == WordIndex.stem(of: "analisis"))
        #expect(WordIndex.stem(of: "managemen") == "manajemen")
    }
}
