#include "app/demo.h"

#include "io/small_files.h"

namespace turnabout {

Result<ProgramId> load_demo_program(Store& store, std::string_view outline_json)
{
    auto outline = io::decode_program_outline(outline_json);
    if (!outline)
        return outline.error();
    auto program = store.create_program(outline->name, outline->description);
    if (!program)
        return program.error();
    for (const auto& person : outline->people) {
        if (auto added = store.add_person(*program, person); !added)
            return make_error(added.error().code, "demo program: " + person.name + ": " + added.error().message);
    }
    return program;
}

}
