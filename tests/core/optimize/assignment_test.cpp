#include "core/optimize/assignment.h"
