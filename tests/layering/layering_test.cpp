// The layers stay clean: src/layers.txt says what each folder of src/ may include, of
// the project's folders and of the libraries. The build gives each layer only those
// headers; this test reads the same table, names the rule a wrong include breaks, and
// keeps the table true to the tree (docs/ARCHITECTURE.md, "Layers"). Standard headers
// are always allowed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Libraries named by the start of their include path.
const std::vector<std::string> LIBRARIES = {"imgui", "emscripten", "nlohmann", "sodium", "GLFW", "gtest"};

using Table = std::map<std::string, std::set<std::string>>;

// src/layers.txt: a layer and what it may include besides itself, one per line.
Table read_table()
{
    Table table;
    std::ifstream in(std::filesystem::path(TURNABOUT_SOURCE_DIR) / "src" / "layers.txt");
    std::string line;
    while (std::getline(in, line)) {
        line = line.substr(0, line.find('#'));
        std::istringstream words(line);
        std::string layer, allowed;
        if (!(words >> layer))
            continue;
        auto& row = table[layer];
        while (words >> allowed)
            row.insert(allowed);
    }
    return table;
}

const Table ALLOWED = read_table();

std::optional<std::string> layer_of_path(const std::string& path)
{
    std::optional<std::string> best;
    for (const auto& [layer, allowed] : ALLOWED) {
        if (path.rfind(layer + "/", 0) == 0 && (!best || layer.size() > best->size()))
            best = layer;
    }
    return best;
}

// What an include names: a project layer, a library, or nothing to check (a
// standard header).
std::optional<std::string> named_by(const std::string& include)
{
    if (auto layer = layer_of_path(include))
        return layer;
    for (const std::string& library : LIBRARIES) {
        if (include.rfind(library, 0) == 0)
            return library;
    }
    return std::nullopt;
}

struct Include {
    std::string file;
    int line = 0;
    std::string text;
};

// Every include that breaks the table, with its file and line.
std::vector<std::string> violations(const std::string& relative_file, const std::vector<Include>& includes)
{
    std::vector<std::string> found;
    const std::string file_layer = layer_of_path(relative_file).value_or("?");
    auto allowed = ALLOWED.find(file_layer);
    for (const Include& include : includes) {
        auto target = named_by(include.text);
        if (!target || *target == file_layer)
            continue;
        if (allowed == ALLOWED.end() || !allowed->second.contains(*target))
            found.push_back(include.file + ":" + std::to_string(include.line) + ": " + file_layer + " may not include " + include.text);
    }
    return found;
}

std::vector<Include> includes_of(const std::filesystem::path& path)
{
    static const std::regex INCLUDE(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
    std::vector<Include> out;
    std::ifstream in(path);
    std::string line;
    int number = 0;
    std::smatch match;
    while (std::getline(in, line)) {
        ++number;
        if (std::regex_search(line, match, INCLUDE))
            out.push_back(Include{path.string(), number, match[1]});
    }
    return out;
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

}

TEST(Layering, EveryIncludeInSrcFollowsTheTableOfLayers)
{
    const std::filesystem::path src = std::filesystem::path(TURNABOUT_SOURCE_DIR) / "src";
    std::vector<std::string> found;
    std::set<std::string> layers_seen;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(src)) {
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp"))
            continue;
        const std::string relative = std::filesystem::relative(entry.path(), src).generic_string();
        const std::string layer = layer_of_path(relative).value_or("");
        if (layer.empty())
            found.push_back(relative + ": in no layer of the table");
        layers_seen.insert(layer);
        auto bad = violations(relative, includes_of(entry.path()));
        found.insert(found.end(), bad.begin(), bad.end());
    }
    EXPECT_TRUE(found.empty()) << joined(found);
    // The table describes the tree as it is: a layer nobody has is a stale row.
    for (const auto& [layer, allowed] : ALLOWED)
        EXPECT_TRUE(layers_seen.contains(layer)) << "no file in src/" << layer;
}

// Every name the table allows is a layer of the table or a library this test knows:
// a misspelt name would allow nothing and hide a mistake.
TEST(Layering, TheTableNamesOnlyLayersAndLibraries)
{
    ASSERT_GE(ALLOWED.size(), 10u) << "src/layers.txt was not read";
    for (const auto& [layer, allowed] : ALLOWED) {
        for (const std::string& name : allowed) {
            const bool library = std::find(LIBRARIES.begin(), LIBRARIES.end(), name) != LIBRARIES.end();
            EXPECT_TRUE(ALLOWED.contains(name) || library) << layer << " allows " << name << ", which is neither a layer nor a known library";
        }
    }
}

TEST(Layering, TheTableCatchesAWrongInclude)
{
    EXPECT_EQ(violations("core/domain/people/person.h", {{"f", 1, "nlohmann/json.hpp"}}).size(), 1u);
    EXPECT_EQ(violations("core/domain/people/person.h", {{"f", 1, "app/store.h"}}).size(), 1u);
    EXPECT_EQ(violations("ui/inbox/inbox_view.cpp", {{"f", 1, "platform/native/system.h"}}).size(), 1u);
    EXPECT_EQ(violations("ui/inbox/inbox_view.cpp", {{"f", 1, "emscripten/html5.h"}}).size(), 1u);
    EXPECT_EQ(violations("io/event_codec.cpp", {{"f", 1, "imgui.h"}}).size(), 1u);
    EXPECT_EQ(violations("platform/native/system.h", {{"f", 1, "platform/web/idbfs_sync.h"}}).size(), 1u);
    EXPECT_TRUE(violations("ui/inbox/inbox_view.cpp", {{"f", 1, "app/store.h"}, {"f", 2, "imgui.h"}, {"f", 3, "vector"}}).empty());
    EXPECT_TRUE(violations("core/log/event_log.cpp", {{"f", 1, "core/domain/event.h"}}).empty());
}

// Every rule whose refusal means "its author may not do this" is broken once in
// tests/app/authority_test.cpp, so that import is proven to refuse each.
TEST(Layering, EveryAuthorityRuleOfTheCoreHasItsAttackTest)
{
    static const std::regex AUTHORITY(R"(authority_error\("([a-z_]+)\")");
    std::set<std::string> codes;
    const std::filesystem::path core = std::filesystem::path(TURNABOUT_SOURCE_DIR) / "src" / "core";
    for (const auto& entry : std::filesystem::recursive_directory_iterator(core)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path());
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), AUTHORITY); it != std::sregex_iterator(); ++it)
            codes.insert((*it)[1]);
    }
    EXPECT_GE(codes.size(), 8u);
    std::ifstream in(std::filesystem::path(TURNABOUT_SOURCE_DIR) / "tests" / "app" / "authority_test.cpp");
    const std::string tests((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const std::string& code : codes)
        EXPECT_NE(tests.find("{\"" + code + "\","), std::string::npos) << code << " has no case in tests/app/authority_test.cpp";
}

// A feature has one folder per layer, with the same name: a UI or test folder names a
// feature of core/domain. The shell of the UI (ui/*.cpp) and the app's own sharing
// of files (ui/sync, over app/store_exchange) are not domain features.
TEST(Layering, FeatureFoldersMirrorTheCore)
{
    namespace fs = std::filesystem;
    const fs::path root = fs::path(TURNABOUT_SOURCE_DIR);
    std::set<std::string> features;
    for (const auto& entry : fs::directory_iterator(root / "src" / "core" / "domain"))
        if (entry.is_directory())
            features.insert(entry.path().filename().string());
    EXPECT_TRUE(features.contains("match_life"));
    EXPECT_TRUE(features.contains("connection"));
    const std::set<std::string> not_domain = {"sync"};
    for (const fs::path& layer : {root / "src" / "ui", root / "tests" / "core" / "domain"}) {
        for (const auto& entry : fs::directory_iterator(layer)) {
            const std::string name = entry.path().filename().string();
            if (entry.is_directory() && !not_domain.contains(name)) {
                EXPECT_TRUE(features.contains(name)) << layer << "/" << name << " names no feature of src/core/domain";
            }
        }
    }
    // A match's life has its own home in each layer.
    EXPECT_TRUE(fs::exists(root / "src" / "ui" / "match_life" / "match_life_ui.h"));
    EXPECT_TRUE(fs::exists(root / "tests" / "core" / "domain" / "match_life" / "match_life_test.cpp"));
}
