// A file of the ui layer that includes what src/layers.txt allows it: it compiles.
#include "app/store.h"

int turnabout_probe_allowed(const turnabout::Store& store) { return store.read_only() ? 1 : 0; }
