#ifndef SPBE_MALLOC_TUNING_H
#define SPBE_MALLOC_TUNING_H

/*
 * glibc's malloc raises its mmap threshold to the size of every large block freed (up to 32 MB), so
 * after a 10 MB input buffer is freed the model's large arrays come from the heap, whose freed
 * middle is never returned to the system: a large run kept ~10 MB more than it used. A fixed
 * threshold keeps large blocks in their own mappings, returned as soon as they are freed.
 */

#ifdef __cplusplus
extern "C" {
#endif

/** The block size from which memory is mapped on its own (and returned when freed). */
#define SPBE_MMAP_THRESHOLD (256 * 1024)

/** Fixes malloc's mmap threshold at SPBE_MMAP_THRESHOLD; a no-op where malloc is not glibc's. */
void spbe_malloc_tune(void);

#ifdef __cplusplus
}
#endif

#endif
