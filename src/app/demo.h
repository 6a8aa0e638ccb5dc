// The demo program: a realistic program built from an outline (assets/demo_program.json)
// through ordinary commands, so this device is its admin and can try everything.
// Depends on: app/store.h, io.
#pragma once

#include "app/store.h"

namespace turnabout {

Result<ProgramId> load_demo_program(Store& store, std::string_view outline_json);

}
