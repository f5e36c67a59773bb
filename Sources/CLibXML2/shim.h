#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU; its headers then clash with the ICU copy inside
   Foundation ("'UErrorCode' has different definitions"). spbelint never touches the
   ICU-only members, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/* xmlFree is a mutable global function pointer, which Swift 6 rejects; wrap it. */
static inline void spbelint_xml_free(void *pointer) { xmlFree(pointer); }
#endif
