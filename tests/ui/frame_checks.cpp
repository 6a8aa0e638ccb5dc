#include "frame_checks.h"

#include <map>
#include <type_traits>
#include <variant>

namespace turnabout::testing {

const char* action_name(const ui::Action& action)
{
    return std::visit(
        [](const auto& a) -> const char* {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, ui::SetUpProgramAction>) return "SetUpProgram";
            else if constexpr (std::is_same_v<A, ui::AddPersonAction>) return "AddPerson";
            else if constexpr (std::is_same_v<A, ui::UpdatePersonAction>) return "UpdatePerson";
            else if constexpr (std::is_same_v<A, ui::RemovePersonAction>) return "RemovePerson";
            else if constexpr (std::is_same_v<A, ui::SelectProgramAction>) return "SelectProgram";
            else if constexpr (std::is_same_v<A, ui::ShareProgramAction>) return "ShareProgram";
            else if constexpr (std::is_same_v<A, ui::SendChangesAction>) return "SendChanges";
            else if constexpr (std::is_same_v<A, ui::ChooseProgramFileAction>) return "ChooseProgramFile";
            else if constexpr (std::is_same_v<A, ui::BackUpAdminKeyAction>) return "BackUpAdminKey";
            else if constexpr (std::is_same_v<A, ui::RestoreAdminAction>) return "RestoreAdmin";
            else if constexpr (std::is_same_v<A, ui::CancelRestoreAdminAction>) return "CancelRestoreAdmin";
            else if constexpr (std::is_same_v<A, ui::EnrolAdminDeviceAction>) return "EnrolAdminDevice";
            else if constexpr (std::is_same_v<A, ui::RunCommandAction>) return "RunCommand";
            else if constexpr (std::is_same_v<A, ui::ShowScreenAction>) return "ShowScreen";
            else if constexpr (std::is_same_v<A, ui::SetCurrentUserAction>) return "SetCurrentUser";
            else if constexpr (std::is_same_v<A, ui::ChoosePeopleCsvAction>) return "ChoosePeopleCsv";
            else if constexpr (std::is_same_v<A, ui::ImportPeopleAction>) return "ImportPeople";
            else if constexpr (std::is_same_v<A, ui::ExportPeopleCsvAction>) return "ExportPeopleCsv";
            else if constexpr (std::is_same_v<A, ui::LoadDemoAction>) return "LoadDemo";
            else if constexpr (std::is_same_v<A, ui::StepBulkMatchAction>) return "StepBulkMatch";
            else if constexpr (std::is_same_v<A, ui::RetrySaveAction>) return "RetrySave";
            else if constexpr (std::is_same_v<A, ui::CopyTextAction>) return "CopyText";
            else if constexpr (std::is_same_v<A, ui::OpenLinkAction>) return "OpenLink";
            else static_assert(sizeof(A) == 0, "name the new action here");
        },
        action);
}

std::string described(const ui::RegisteredItem& item)
{
    return "\"" + item.label + "\" in \"" + item.window + "\" at (" + std::to_string(item.rect.x) + ", " + std::to_string(item.rect.y) + ") "
        + std::to_string(item.rect.width) + " x " + std::to_string(item.rect.height);
}

std::string lines(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items)
        out += "\n  " + item;
    return out;
}

std::optional<ImRect> page_area()
{
    // Child windows are named "Parent/child_id"; the page's parent is draw_app's window.
    for (ImGuiWindow* window : GImGui->Windows) {
        if (window->Active && std::string_view(window->Name).starts_with("Turnabout###main/page_"))
            return window->Rect();
    }
    return std::nullopt;
}

std::vector<std::string> items_without_area(const std::vector<ui::RegisteredItem>& items)
{
    std::vector<std::string> found;
    for (const auto& item : items) {
        if (!item.label.empty() && (item.window.empty() || !(item.rect.width > 0 && item.rect.height > 0)))
            found.push_back(described(item));
    }
    return found;
}

std::vector<std::string> widgets_sharing_ids(const std::vector<ui::RegisteredItem>& items)
{
    std::map<std::uint32_t, const ui::RegisteredItem*> first_with;
    std::vector<std::string> found;
    for (const auto& item : items) {
        if (item.kind != ui::RegisteredItem::Kind::Widget || item.full_label.empty())
            continue;
        auto [it, added] = first_with.emplace(item.id, &item);
        if (!added)
            found.push_back(described(*it->second) + " and " + described(item));
    }
    return found;
}

std::size_t labelled_items_on(const std::vector<ui::RegisteredItem>& items, const std::optional<ImRect>& page, std::string_view heading)
{
    std::size_t count = 0;
    for (const auto& item : items) {
        if (item.label.empty() || item.label == heading)
            continue;
        const float middle = item.rect.x + item.rect.width * 0.5f;
        // Below the page's top: items scrolled out of sight still belong to it.
        if (!page || (middle >= page->Min.x && middle <= page->Max.x && item.rect.y >= page->Min.y))
            ++count;
    }
    return count;
}

}
