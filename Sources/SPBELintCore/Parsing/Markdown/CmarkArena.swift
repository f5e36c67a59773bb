internal import CCmarkArena
internal import CCmarkGFM

/// The calling thread's bump arena for cmark-gfm (Sources/CCmarkArena), claimed for one parse in
/// pieces: each piece's parser and tree are cut from its chunks, and `reset` drops them all at once
/// (no walk over the tree to free it node by node) and reuses the memory for the next piece, so the
/// pieces do not fragment the heap the document's own objects live in.
///
/// Claim, use and release it in one synchronous call on one thread (the C side is thread-local).
struct CmarkArena {
    /// The allocator cmark-gfm calls (`cmark_parser_new_with_mem`); its functions use the calling thread's arena.
    nonisolated(unsafe) private static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let pointer = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        pointer.initialize(to: cmark_mem(calloc: spbe_arena_calloc, realloc: spbe_arena_realloc, free: spbe_arena_free))
        return pointer
    }()

    /// The arena of the calling thread, or nil when a parse on this thread already holds it.
    static func claim() -> CmarkArena? {
        spbe_arena_begin() != 0 ? CmarkArena() : nil
    }

    private init() {}

    /// The allocator to give cmark-gfm.
    var memory: UnsafeMutablePointer<cmark_mem> { CmarkArena.allocator }

    /// Forgets every parser and tree made with this arena; their memory is reused.
    func reset() {
        spbe_arena_reset()
    }

    /// Frees the arena's memory and gives the claim back.
    func release() {
        spbe_arena_end()
    }
}
