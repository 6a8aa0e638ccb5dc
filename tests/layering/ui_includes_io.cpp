// A file of the ui layer that includes io, which src/layers.txt does not allow it: the
// build must refuse it for want of the header, and nothing else.
#include "io/csv.h"

int turnabout_probe_forbidden() { return 0; }
