#include "spbe_malloc_tuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void spbe_malloc_tune(void) {
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, SPBE_MMAP_THRESHOLD);
#endif
}
