// What views ask for. Views push actions while drawing; they are applied after
// ImGui::Render(), never during drawing, so a frame shows one consistent state.
// Depends on: core/domain.
#pragma once

#include "core/domain/command.h"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace turnabout::ui {

struct CreateProgramAction {
    std::string name;
    std::string description;
};
struct ChangeProgramDetailsAction {
    ProgramId program;
    std::string name;
    std::string description;
};
struct AddPersonAction {
    ProgramId program;
    people::PersonDetails details;
};
struct UpdatePersonAction {
    ProgramId program;
    PersonId person;
    people::PersonDetails details;
};
struct RemovePersonAction {
    ProgramId program;
    PersonId person;
};
struct SelectProgramAction {
    ProgramId program;
};
struct ExportProgramAction {
    ProgramId program;
};
struct ChooseProgramFileAction {};
struct LoadDemoAction {};
struct RetrySaveAction {};

using Action = std::variant<
    CreateProgramAction,
    ChangeProgramDetailsAction,
    AddPersonAction,
    UpdatePersonAction,
    RemovePersonAction,
    SelectProgramAction,
    ExportProgramAction,
    ChooseProgramFileAction,
    LoadDemoAction,
    RetrySaveAction>;

class ActionQueue {
public:
    void push(Action action) { m_actions.push_back(std::move(action)); }
    bool empty() const { return m_actions.empty(); }
    std::vector<Action> take()
    {
        std::vector<Action> taken;
        taken.swap(m_actions);
        return taken;
    }

private:
    std::vector<Action> m_actions;
};

}
