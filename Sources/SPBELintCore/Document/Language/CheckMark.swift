/// Check marks (√, ✓, ✔, ☑): a planned-year cell of a flattened roadmap table, read as a mark,
/// not a word.
enum CheckMark {
    static let scalars: Set<UInt32> = [0x221A, 0x2713, 0x2714, 0x2611]
}
