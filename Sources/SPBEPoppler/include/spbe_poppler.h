#ifndef SPBE_POPPLER_H
#define SPBE_POPPLER_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Why a PDF could not be read. */
typedef enum {
    SPBE_PDF_OK = 0,
    SPBE_PDF_BROKEN = 1,      /* not a PDF, or damaged beyond repair */
    SPBE_PDF_ENCRYPTED = 2,   /* needs a password */
    SPBE_PDF_UNAVAILABLE = 3  /* the poppler-cpp library could not be loaded (see spbe_pdf_library_problem) */
} spbe_pdf_status;

/* The text of every page with its physical layout kept (as `pdftotext -layout` prints it),
   pages separated by a form feed, as malloc'd NUL-terminated UTF-8; NULL on failure with
   *status set. *pages receives the page count. Free the result with spbe_pdf_free.
   poppler-cpp is loaded (dlopen) on the first call, so runs without a PDF never load it: the
   library named by the environment variable SPBELINT_POPPLER_LIBRARY, else libpoppler-cpp.so.0. */
char *spbe_pdf_layout_text(const char *data, size_t length, spbe_pdf_status *status, int *pages);

void spbe_pdf_free(char *text);

/* Why poppler-cpp could not be loaded (the library tried and the loader's message), or NULL
   when it loaded or was not tried yet. */
const char *spbe_pdf_library_problem(void);

#ifdef __cplusplus
}
#endif
#endif
