// A C entry point over poppler-cpp's layout text extraction (TextOutputDev in physical-layout
// mode, the mode of `pdftotext -layout`), so Swift can call it without C++ interoperability.
#include "spbe_poppler.h"

#include <cstdlib>
#include <cstring>
#include <climits>
#include <memory>
#include <mutex>
#include <string>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace {
// poppler reports recoverable syntax problems on stderr; spbelint reports its own messages.
void silent(const std::string &, void *) {}
}

extern "C" char *spbe_pdf_layout_text(const char *data, size_t length, spbe_pdf_status *status, int *pages) {
    *status = SPBE_PDF_BROKEN;
    *pages = 0;
    if (data == nullptr || length == 0 || length > static_cast<size_t>(INT_MAX)) return nullptr;
    static std::once_flag quiet;
    std::call_once(quiet, [] { poppler::set_debug_error_function(silent, nullptr); });
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(data, static_cast<int>(length)));
    if (!document) return nullptr;
    if (document->is_locked()) {
        *status = SPBE_PDF_ENCRYPTED;
        return nullptr;
    }
    std::string text;
    const int count = document->pages();
    for (int index = 0; index < count; ++index) {
        if (index > 0) text += '\f';
        std::unique_ptr<poppler::page> page(document->create_page(index));
        if (!page) continue;
        poppler::byte_array bytes = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        size_t end = bytes.size();
        while (end > 0 && bytes[end - 1] == '\f') --end;  // the layout text ends each page with one
        text.append(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end));
    }
    char *result = static_cast<char *>(std::malloc(text.size() + 1));
    if (result == nullptr) return nullptr;
    std::memcpy(result, text.data(), text.size());
    result[text.size()] = '\0';
    *status = SPBE_PDF_OK;
    *pages = count;
    return result;
}

extern "C" void spbe_pdf_free(char *text) { std::free(text); }
