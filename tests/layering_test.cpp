// The layers stay clean: the core knows nothing of ImGui, Emscripten or JSON, and io
// nothing of ImGui or Emscripten (docs/ARCHITECTURE.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

std::vector<std::string> offending_includes(const std::string& folder, const std::regex& forbidden)
{
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(TURNABOUT_SOURCE_DIR) + "/" + folder)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path());
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (std::regex_search(line, forbidden))
                found.push_back(entry.path().string() + ":" + std::to_string(number) + ": " + line);
        }
    }
    return found;
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

}

TEST(Layering, CoreIncludesNoUiPlatformOrJsonHeaders)
{
    std::regex forbidden(R"(#\s*include\s*[<"](imgui|emscripten|GLFW|nlohmann|sodium|io/|app/|ui/|platform/))");
    auto found = offending_includes("src/core", forbidden);
    EXPECT_TRUE(found.empty()) << joined(found);
}

TEST(Layering, IoIncludesNoUiOrEmscripten)
{
    std::regex forbidden(R"(#\s*include\s*[<"](imgui|emscripten|GLFW|app/|ui/))");
    auto found = offending_includes("src/io", forbidden);
    EXPECT_TRUE(found.empty()) << joined(found);
}

TEST(Layering, AppIncludesNoUiOrEmscripten)
{
    std::regex forbidden(R"(#\s*include\s*[<"](imgui|emscripten|GLFW|ui/))");
    auto found = offending_includes("src/app", forbidden);
    EXPECT_TRUE(found.empty()) << joined(found);
}

TEST(Layering, TheCheckWouldCatchAForbiddenInclude)
{
    std::regex forbidden(R"(#\s*include\s*[<"](imgui|emscripten|GLFW|nlohmann))");
    EXPECT_TRUE(std::regex_search(std::string("#include <nlohmann/json.hpp>"), forbidden));
    EXPECT_TRUE(std::regex_search(std::string("#  include \"imgui.h\""), forbidden));
    EXPECT_FALSE(std::regex_search(std::string("#include \"core/base/ids.h\""), forbidden));
}
