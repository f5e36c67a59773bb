#ifndef SPBE_CMARK_ARENA_H
#define SPBE_CMARK_ARENA_H

#include <stddef.h>

/*
 * A bump allocator for cmark-gfm (`cmark_parser_new_with_mem`): the calling thread's arena hands
 * out memory from large chunks; `free` gives nothing back (except the latest block of a chunk),
 * `spbe_arena_reset` forgets every block at once and keeps the chunks for the next parse, and
 * `spbe_arena_end` returns them to the system. Blocks over SPBE_ARENA_LARGE bytes get a block of
 * their own that `free`, `realloc` and `reset` recycle. cmark_mem's functions take no context,
 * so the arena is the calling thread's: a parse that uses it must start, run and end on one
 * thread, and only one parse per thread may use it at a time (see spbe_arena_begin).
 */

#ifdef __cplusplus
extern "C" {
#endif

/** Blocks larger than this get a block of their own instead of a piece of a chunk. */
#define SPBE_ARENA_LARGE ((size_t)64 * 1024)
/** The size of a chunk that small blocks are cut from. */
#define SPBE_ARENA_CHUNK ((size_t)1024 * 1024)

/** Claims the calling thread's arena; 0 when it is already claimed (use the default allocator then). */
int spbe_arena_begin(void);
/** Forgets every block of the calling thread's arena; its memory is reused by later blocks. */
void spbe_arena_reset(void);
/** Frees all of the calling thread's arena memory and releases the claim. */
void spbe_arena_end(void);

/** Zeroed memory for `count` items of `size` bytes from the calling thread's arena (aborts when out of memory). */
void *spbe_arena_calloc(size_t count, size_t size);
/** Resizes a block of the calling thread's arena (in place when it is the latest block of its chunk). */
void *spbe_arena_realloc(void *pointer, size_t size);
/** Releases a block: a large block is recycled, the latest block of a chunk is taken back, others stay until reset. */
void spbe_arena_free(void *pointer);

/** Bytes of the blocks handed out since the last reset (for tests). */
size_t spbe_arena_bytes_in_use(void);
/** Bytes the arena holds from the system, chunks and large blocks (for tests). */
size_t spbe_arena_bytes_reserved(void);
/** How many large blocks the arena holds, in use or kept for reuse (for tests). */
size_t spbe_arena_large_blocks(void);

#ifdef __cplusplus
}
#endif

#endif
