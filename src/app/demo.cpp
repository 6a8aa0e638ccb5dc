#include "app/demo.h"

#include "core/domain/questionnaire/question.h"
#include "io/small_files.h"

#include <map>

namespace turnabout {

namespace {

Result<ProgramId> begin(Store& store, const io::ProgramOutline& outline)
{
    if (!outline.type)
        return store.create_program(outline.name, outline.description);
    auto setup = program::reverse_mentoring_template(outline.start, program::MatchTypeId{"m-1"});
    setup.basics.name = outline.name;
    setup.basics.about = outline.description;
    if (*outline.type != setup.type) {
        setup.type = *outline.type;
        setup.match_types = {program::default_match_type(*outline.type, program::MatchTypeId{"m-1"})};
    }
    return store.set_up_program(std::move(setup), questionnaire::default_questionnaire());
}

}

Result<ProgramId> load_demo_program(Store& store, std::string_view outline_json)
{
    auto outline = io::decode_program_outline(outline_json);
    if (!outline)
        return outline.error();
    auto program = begin(store, *outline);
    if (!program)
        return program.error();
    // Everyone, then profiles and answers (so managers can be named), all at once: one
    // change, so the lists the admin's browser seals after a change are made once.
    std::map<std::string, PersonId> by_email;
    std::vector<PersonId> ids;
    std::vector<Command> commands;
    for (const auto& person : outline->people) {
        PersonId id = store.new_person_id();
        by_email[person.details.email] = id;
        ids.push_back(id);
        commands.push_back(people::AddPerson{id, person.details});
    }
    for (std::size_t i = 0; i < outline->people.size(); ++i) {
        const auto& person = outline->people[i];
        if (person.profile) {
            people::Profile profile = *person.profile;
            if (!person.manager_email.empty()) {
                auto manager = by_email.find(person.manager_email);
                if (manager == by_email.end())
                    return make_error("demo_manager", "demo program: " + person.details.name + ": no manager with email " + person.manager_email);
                profile.manager = manager->second;
            }
            commands.push_back(people::UpdateProfile{ids[i], person.details, profile});
        }
        if (!person.answers.empty())
            commands.push_back(people::UpdateAnswers{ids[i], person.answers});
    }
    std::size_t refused_at = 0;
    if (!commands.empty()) {
        if (auto status = store.execute_all(*program, commands, &refused_at); !status) {
            const std::string who = refused_at < outline->people.size() ? outline->people[refused_at].details.name + ": " : std::string();
            return make_error(status.error().code, "demo program: " + who + status.error().message);
        }
    }
    return program;
}

}
