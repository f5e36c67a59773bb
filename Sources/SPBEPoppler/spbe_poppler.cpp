// A C entry point over poppler-cpp's layout text extraction (TextOutputDev in physical-layout
// mode, the mode of `pdftotext -layout`), so Swift can call it without C++ interoperability.
//
// poppler-cpp is not linked: it pulls some 25 libraries (nss, freetype, tiff, ...) whose loading
// and constructors cost every run about 8 ms, though only PDF input needs them. It is loaded
// with dlopen on the first PDF and its functions looked up by their (Itanium ABI) names. A member
// function is called as a plain function whose first parameter is `this`, and a class returned
// by value is built in storage the caller passes, as the x86-64 and AArch64 C++ ABIs lay out.
#include "spbe_poppler.h"

#include <cstdlib>
#include <cstring>
#include <climits>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include <dlfcn.h>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

namespace {
// Storage for a poppler::ustring returned by value; destroyed by poppler's own destructor
// (which is not inline, so the type itself is never named where it would need the library).
struct UString;

struct Library {
    poppler::document *(*load)(const char *, int, const std::string &, const std::string &) = nullptr;
    bool (*isLocked)(const poppler::document *) = nullptr;
    int (*pages)(const poppler::document *) = nullptr;
    poppler::page *(*createPage)(const poppler::document *, int) = nullptr;
    void (*destroyDocument)(poppler::document *) = nullptr;
    void (*destroyPage)(poppler::page *) = nullptr;
    UString (*text)(const poppler::page *, const poppler::rectf &, poppler::page::text_layout_enum) = nullptr;
    poppler::byte_array (*toUTF8)(const UString *) = nullptr;
    void (*destroyUString)(UString *) = nullptr;
    void (*setDebugErrorFunction)(poppler::debug_func, void *) = nullptr;
    bool loaded = false;
    std::string problem;
};

Library library;
std::once_flag loadOnce;

struct UString {
    alignas(poppler::ustring) unsigned char storage[sizeof(poppler::ustring)];
    UString() = delete;
    UString(const UString &) = delete;
    ~UString() { library.destroyUString(this); }
};

// poppler reports recoverable syntax problems on stderr; spbelint reports its own messages.
void silent(const std::string &, void *) {}

template <typename Function> bool bind(void *handle, const char *name, Function &function, std::string &missing) {
    void *symbol = dlsym(handle, name);
    if (symbol == nullptr) {
        if (missing.empty()) missing = name;
        return false;
    }
    static_assert(sizeof(Function) == sizeof(void *), "a function pointer");
    std::memcpy(&function, &symbol, sizeof function);
    return true;
}

void loadLibrary() {
    const char *configured = std::getenv("SPBELINT_POPPLER_LIBRARY");
#if defined(__APPLE__)
    const char *name = configured != nullptr && *configured != '\0' ? configured : "libpoppler-cpp.dylib";
#else
    const char *name = configured != nullptr && *configured != '\0' ? configured : "libpoppler-cpp.so.0";
#endif
    void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char *reason = dlerror();
        library.problem = reason != nullptr ? reason : name;
        return;
    }
    std::string missing;
    bool found = true;
    found &= bind(handle, "_ZN7poppler8document18load_from_raw_dataEPKciRKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESA_",
                  library.load, missing);
    found &= bind(handle, "_ZNK7poppler8document9is_lockedEv", library.isLocked, missing);
    found &= bind(handle, "_ZNK7poppler8document5pagesEv", library.pages, missing);
    found &= bind(handle, "_ZNK7poppler8document11create_pageEi", library.createPage, missing);
    found &= bind(handle, "_ZN7poppler8documentD1Ev", library.destroyDocument, missing);
    found &= bind(handle, "_ZN7poppler4pageD1Ev", library.destroyPage, missing);
    found &= bind(handle, "_ZNK7poppler4page4textERKNS_9rectangleIdEENS0_16text_layout_enumE", library.text, missing);
    found &= bind(handle, "_ZNK7poppler7ustring7to_utf8Ev", library.toUTF8, missing);
    found &= bind(handle, "_ZN7poppler7ustringD1Ev", library.destroyUString, missing);
    found &= bind(handle, "_ZN7poppler24set_debug_error_functionEPFvRKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEPvES8_",
                  library.setDebugErrorFunction, missing);
    if (!found) {
        library.problem = std::string(name) + ": no symbol " + missing + " (an incompatible poppler-cpp)";
        dlclose(handle);
        return;
    }
    library.setDebugErrorFunction(silent, nullptr);
    library.loaded = true;
}

// Owns an object poppler allocated with `new`, destroyed by poppler's destructor.
template <typename T> struct Owned {
    T *object;
    void (*destroy)(T *);
    ~Owned() {
        if (object == nullptr) return;
        destroy(object);
        ::operator delete(object);
    }
};
}  // namespace

extern "C" char *spbe_pdf_layout_text(const char *data, size_t length, spbe_pdf_status *status, int *pages) {
    *status = SPBE_PDF_BROKEN;
    *pages = 0;
    if (data == nullptr || length == 0 || length > static_cast<size_t>(INT_MAX)) return nullptr;
    std::call_once(loadOnce, loadLibrary);
    if (!library.loaded) {
        *status = SPBE_PDF_UNAVAILABLE;
        return nullptr;
    }
    const std::string noPassword;
    Owned<poppler::document> document{library.load(data, static_cast<int>(length), noPassword, noPassword),
                                      library.destroyDocument};
    if (document.object == nullptr) return nullptr;
    if (library.isLocked(document.object)) {
        *status = SPBE_PDF_ENCRYPTED;
        return nullptr;
    }
    std::string text;
    const int count = library.pages(document.object);
    for (int index = 0; index < count; ++index) {
        if (index > 0) text += '\f';
        Owned<poppler::page> page{library.createPage(document.object, index), library.destroyPage};
        if (page.object == nullptr) continue;
        const poppler::rectf whole;
        UString layout = library.text(page.object, whole, poppler::page::physical_layout);
        poppler::byte_array bytes = library.toUTF8(&layout);
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

extern "C" const char *spbe_pdf_library_problem(void) {
    return library.problem.empty() ? nullptr : library.problem.c_str();
}
