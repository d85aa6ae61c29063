// The parts of libxml2 the HTML extractor uses: the HTML parser and the tree it builds.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so encoding.h would include the system's <unicode/ucnv.h>, whose types clash
// with the ICU copy inside swift-foundation in the same Swift module. We never touch the ICU converter fields
// (we hand the parser UTF-8), so the declarations that need ICU are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
