#ifndef CPOPPLERCPP_SHIM_H
#define CPOPPLERCPP_SHIM_H
/* poppler-cpp is a C++ library: Swift never imports it directly. This system-library target
   only brings its pkg-config flags (include path, -lpoppler-cpp) to the C++ shim in
   Sources/SPBEPoppler, which exposes a C function to Swift. */
#include <poppler-version.h>
#endif
