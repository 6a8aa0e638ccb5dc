// Small building blocks every view uses: text a person reads (also reported to the
// item registry, so tests and a screen-reader mirror see it), buttons by importance,
// labelled fields and error boxes. Depends on: Dear ImGui, ui/theme, ui/fonts.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace turnabout::ui::widgets {

// Text is always drawn unformatted: people's names never reach a format string.
void text(std::string_view text);
void text(ImFont* font, const ImVec4& color, std::string_view text);
void muted(std::string_view text);
void wrapped(std::string_view text, const ImVec4& color);

// The one action a screen leads with.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
bool secondary_button(const char* label, ImVec2 size = ImVec2(0, 0));
bool danger_button(const char* label, ImVec2 size = ImVec2(0, 0));
// Width a button needs for its label, to right-align rows of buttons.
float button_width(const char* label);

// A field with its label above it; `id` keeps it apart from same-labelled fields.
// Returns true when the text changed.
bool text_field(const char* label, const char* id, std::string& value, float width, const char* hint = "");
bool text_area(const char* label, const char* id, std::string& value, ImVec2 size);
// A whole number typed in a field named `id` ("##weight"), with - and + beside it.
// Returns true when the value changed.
bool int_field(const char* id, int& value, float width);

// A tinted box with a message: errors (what went wrong and what to do), successes, notes.
enum class Tone { Error, Success, Info };
void message_box(Tone tone, std::string_view message, float width = 0);

// Names an item for the item registry when ImGui does not (combo boxes in 1.86):
// take its id with ImGui::GetID(label) before drawing it, call this after.
void name_item(ImGuiID id, const char* label);

// A white rounded card around whatever is drawn between the two calls, as tall as
// its content. Cards do not nest.
void begin_card(float width, ImVec2 padding = ImVec2(22, 18));
void end_card();

// Space of `height` CSS pixels.
void gap(float height);

}
