#include "spbe_cmark_arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Blocks are aligned as malloc aligns them on x86_64 and arm64. */
#define ALIGNMENT ((size_t)16)

/* Precedes every block: its usable bytes, and whether it is a large block (16 bytes keep the alignment). */
typedef struct header {
  size_t capacity;
  size_t large;
} header;

/* A chunk that small blocks are cut from, front to back; its bytes follow the struct. */
typedef struct chunk {
  struct chunk *next;
  size_t capacity;
  size_t used;
  size_t unused;
} chunk;

/* A block of its own for a large request, in the list of blocks in use or of blocks kept for reuse. */
typedef struct large_block {
  struct large_block *next;
  struct large_block *previous;
  header header;
} large_block;

/* One thread's arena. */
typedef struct arena {
  chunk *first;   /* every chunk, in the order they are used */
  chunk *current; /* the chunk blocks are cut from; those after it are empty */
  large_block *large_in_use;
  large_block *large_kept;
  size_t in_use;
  size_t reserved;
  int claimed;
} arena;

static _Thread_local arena state;

static void *out_of_memory(void) {
  fprintf(stderr, "[spbelint] out of memory (cmark-gfm arena)\n");
  abort();
}

static size_t rounded(size_t size) {
  if (size == 0)
    size = 1;
  if (size > SIZE_MAX - 4 * ALIGNMENT - sizeof(large_block))
    out_of_memory();
  return (size + ALIGNMENT - 1) & ~(ALIGNMENT - 1);
}

static char *chunk_bytes(chunk *c) { return (char *)(c + 1); }

static large_block *large_of(header *h) {
  return (large_block *)((char *)h - offsetof(large_block, header));
}

static void unlink_large(large_block **list, large_block *block) {
  if (block->previous)
    block->previous->next = block->next;
  else
    *list = block->next;
  if (block->next)
    block->next->previous = block->previous;
  block->next = block->previous = NULL;
}

static void push_large(large_block **list, large_block *block) {
  block->previous = NULL;
  block->next = *list;
  if (*list)
    (*list)->previous = block;
  *list = block;
}

/* A large block of at least `capacity` bytes: the smallest kept one that is big enough, or a new one. */
static header *take_large(size_t capacity) {
  large_block *best = NULL;
  for (large_block *block = state.large_kept; block; block = block->next) {
    if (block->header.capacity >= capacity && (!best || block->header.capacity < best->header.capacity))
      best = block;
  }
  if (best) {
    unlink_large(&state.large_kept, best);
  } else {
    best = (large_block *)malloc(sizeof(large_block) + capacity);
    if (!best)
      out_of_memory();
    best->header.capacity = capacity;
    best->header.large = 1;
    state.reserved += sizeof(large_block) + capacity;
  }
  push_large(&state.large_in_use, best);
  state.in_use += best->header.capacity;
  return &best->header;
}

/* A small block cut from the current chunk, or from the next one when it is full. */
static header *cut_small(size_t capacity) {
  size_t needed = sizeof(header) + capacity;
  chunk *c = state.current;
  if (!c || c->capacity - c->used < needed) {
    chunk *next = c ? c->next : state.first;
    if (!next) {
      next = (chunk *)malloc(sizeof(chunk) + SPBE_ARENA_CHUNK);
      if (!next)
        out_of_memory();
      next->next = NULL;
      next->capacity = SPBE_ARENA_CHUNK;
      next->used = 0;
      state.reserved += sizeof(chunk) + SPBE_ARENA_CHUNK;
      if (c)
        c->next = next;
      else
        state.first = next;
    }
    c = next;
    state.current = c;
  }
  header *h = (header *)(chunk_bytes(c) + c->used);
  h->capacity = capacity;
  h->large = 0;
  c->used += needed;
  state.in_use += capacity;
  return h;
}

static void *allocate(size_t size) {
  size_t capacity = rounded(size);
  header *h = capacity > SPBE_ARENA_LARGE ? take_large(capacity) : cut_small(capacity);
  return h + 1;
}

/* Whether a small block is the latest one cut from the current chunk. */
static int is_latest(header *h) {
  chunk *c = state.current;
  return c && (char *)(h + 1) + h->capacity == chunk_bytes(c) + c->used;
}

int spbe_arena_begin(void) {
  if (state.claimed)
    return 0;
  state.claimed = 1;
  return 1;
}

void spbe_arena_reset(void) {
  for (chunk *c = state.first; c; c = c->next)
    c->used = 0;
  state.current = state.first;
  while (state.large_in_use) {
    large_block *block = state.large_in_use;
    unlink_large(&state.large_in_use, block);
    push_large(&state.large_kept, block);
  }
  state.in_use = 0;
}

void spbe_arena_end(void) {
  while (state.first) {
    chunk *next = state.first->next;
    free(state.first);
    state.first = next;
  }
  large_block *lists[2] = {state.large_in_use, state.large_kept};
  for (int i = 0; i < 2; i++) {
    while (lists[i]) {
      large_block *next = lists[i]->next;
      free(lists[i]);
      lists[i] = next;
    }
  }
  memset(&state, 0, sizeof(state));
}

void *spbe_arena_calloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size)
    return out_of_memory();
  size_t total = count * size;
  void *block = allocate(total);
  memset(block, 0, total);
  return block;
}

void *spbe_arena_realloc(void *pointer, size_t size) {
  if (!pointer)
    return allocate(size);
  header *h = (header *)pointer - 1;
  size_t capacity = rounded(size);
  if (capacity <= h->capacity)
    return pointer;
  if (!h->large && capacity <= SPBE_ARENA_LARGE && is_latest(h)) {
    chunk *c = state.current;
    size_t extra = capacity - h->capacity;
    if (c->capacity - c->used >= extra) {
      c->used += extra;
      state.in_use += extra;
      h->capacity = capacity;
      return pointer;
    }
  }
  void *moved = allocate(size);
  memcpy(moved, pointer, h->capacity);
  spbe_arena_free(pointer);
  return moved;
}

void spbe_arena_free(void *pointer) {
  if (!pointer)
    return;
  header *h = (header *)pointer - 1;
  if (h->large) {
    large_block *block = large_of(h);
    unlink_large(&state.large_in_use, block);
    push_large(&state.large_kept, block);
    state.in_use -= h->capacity;
  } else if (is_latest(h)) {
    state.current->used -= sizeof(header) + h->capacity;
    state.in_use -= h->capacity;
  }
}

size_t spbe_arena_bytes_in_use(void) { return state.in_use; }

size_t spbe_arena_bytes_reserved(void) { return state.reserved; }

size_t spbe_arena_large_blocks(void) {
  size_t count = 0;
  for (large_block *block = state.large_in_use; block; block = block->next)
    count++;
  for (large_block *block = state.large_kept; block; block = block->next)
    count++;
  return count;
}
