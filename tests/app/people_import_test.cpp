#include "app/people_import.h"
#include "platform/memory/memory_storage.h"
#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

struct Admin {
    Admin()
        : store(storage, clock, random)
    {
        EXPECT_TRUE(store.open(false).ok());
        auto id = store.create_program("Pilot", "");
        EXPECT_TRUE(id.ok());
        program = *id;
    }
    const ProgramState& state() const { return *store.program(program); }

    MemoryStorage storage;
    FixedClock clock{Timestamp{1800000000000}};
    SeededRandom random{5};
    Store store;
    ProgramId program;
};

PeopleTable table(const std::string& csv)
{
    auto parsed = read_people_table(csv);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message;
    return *parsed;
}

const std::string HR_EXPORT = "Full name,E-mail,Job title,Dept,Grade,Role,Line manager,Office,Skills\n"
                              "Margaret O'Neill,margaret@example.org,CEO,Executive Office,Executive,mentee,,London,Strategy\n"
                              "Liam Chen,liam@example.org,Data Analyst,Finance,1,mentor,robert@example.org,London,SQL; Power BI\n"
                              "Robert Hughes,robert@example.org,CFO,Finance,9,mentee,margaret@example.org,London,\n";

}

TEST(PeopleImport, GuessesTheColumnsOfATypicalHrExport)
{
    auto t = table(HR_EXPORT);
    EXPECT_EQ(guess_mapping(t.header), (ColumnMapping{PersonField::Name, PersonField::Email, PersonField::JobTitle, PersonField::Department, PersonField::Level, PersonField::Role, PersonField::ManagerEmail, PersonField::Location, PersonField::SkillsOffered}));
}

TEST(PeopleImport, PreviewsThenImportsEveryRowWithManagersResolved)
{
    Admin admin;
    auto t = table(HR_EXPORT);
    auto preview = preview_people_import(admin.state(), admin.store.identity().actor, t, guess_mapping(t.header));
    ASSERT_TRUE(preview.ready());
    EXPECT_TRUE(admin.state().people.empty()) << "a preview records nothing";
    auto added = commit_people_import(admin.store, admin.program, preview);
    ASSERT_TRUE(added.ok()) << added.error().message;
    EXPECT_EQ(*added, 3u);
    const auto& people = admin.state().people;
    ASSERT_EQ(people.size(), 3u);
    auto by_email = [&](const std::string& email) -> const people::Person& {
        for (const auto& [id, p] : people)
            if (p.details.email == email)
                return p;
        throw std::runtime_error("missing " + email);
    };
    EXPECT_EQ(by_email("liam@example.org").profile.manager, by_email("robert@example.org").id);
    EXPECT_EQ(by_email("liam@example.org").profile.skills_offered, (std::vector<std::string>{"SQL", "Power BI"}));
    EXPECT_EQ(by_email("margaret@example.org").details.level, 9);
}

TEST(PeopleImport, ABadRowIsReportedWithItsLineAndNothingIsImported)
{
    Admin admin;
    ASSERT_TRUE(admin.store.add_person(admin.program, person("Existing", "liam@example.org")).ok());
    std::string csv = HR_EXPORT + "Zoe Park,not-an-email,Designer,Product,2,mentor,,,\nAna Lima,ana@example.org,Analyst,Finance,2,boss,,,\n";
    auto t = table(csv);
    auto preview = preview_people_import(admin.state(), admin.store.identity().actor, t, guess_mapping(t.header));
    EXPECT_FALSE(preview.ready());
    EXPECT_EQ(preview.rows_with_errors, 3u);
    ASSERT_EQ(preview.rows.size(), 5u);
    EXPECT_EQ(preview.rows[1].line, 3u);
    EXPECT_NE(preview.rows[1].errors[0].find("already used by Existing"), std::string::npos);
    EXPECT_EQ(preview.rows[3].line, 5u);
    EXPECT_NE(preview.rows[3].errors[0].find("is not an email address"), std::string::npos);
    EXPECT_NE(preview.rows[4].errors[0].find("\"boss\" is not mentor, mentee or both"), std::string::npos);
    auto refused = commit_people_import(admin.store, admin.program, preview);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(admin.state().people.size(), 1u);
}

TEST(PeopleImport, DuplicateEmailsWithinTheFileAreCaught)
{
    Admin admin;
    auto t = table("Name,Email,Role\nAna,ana@example.org,mentor\nAna again,ANA@example.org,mentee\n");
    auto preview = preview_people_import(admin.state(), admin.store.identity().actor, t, guess_mapping(t.header));
    ASSERT_EQ(preview.rows_with_errors, 1u);
    EXPECT_NE(preview.rows[1].errors[0].find("already used by Ana"), std::string::npos);
}

TEST(PeopleImport, AMappingWithoutEmailOrRoleIsAProblemBeforeAnyRow)
{
    Admin admin;
    auto t = table("Name,Mail\nAna,ana@example.org\n");
    auto preview = preview_people_import(admin.state(), admin.store.identity().actor, t, ColumnMapping{PersonField::Name, PersonField::Ignore});
    EXPECT_EQ(preview.problems.size(), 2u);
    EXPECT_FALSE(preview.ready());
}

TEST(PeopleImport, AnExportReadsBackAsTheSamePeople)
{
    Admin admin;
    auto t = table(HR_EXPORT);
    ASSERT_TRUE(commit_people_import(admin.store, admin.program, preview_people_import(admin.state(), admin.store.identity().actor, t, guess_mapping(t.header))).ok());
    std::string exported = export_people_csv(admin.state());

    Admin other;
    auto back = table(exported);
    auto preview = preview_people_import(other.state(), other.store.identity().actor, back, guess_mapping(back.header));
    ASSERT_TRUE(preview.ready()) << (preview.problems.empty() ? (preview.rows.empty() ? "" : preview.rows[0].errors.empty() ? "" : preview.rows[0].errors[0]) : preview.problems[0]);
    ASSERT_TRUE(commit_people_import(other.store, other.program, preview).ok());
    auto details = [](const ProgramState& s) {
        std::map<std::string, std::pair<people::PersonDetails, std::vector<std::string>>> out;
        for (const auto& [id, p] : s.people)
            out[p.details.email] = {p.details, p.profile.skills_offered};
        return out;
    };
    EXPECT_EQ(details(other.state()), details(admin.state()));
}

TEST(PeopleImport, AFileWithoutARoleColumnTakesTheRoleChosenForEveryone)
{
    Admin admin;
    auto t = table("Name,Email\nAna,ana@example.org\nBen,ben@example.org\n");
    auto mapping = guess_mapping(t.header);
    EXPECT_FALSE(preview_people_import(admin.state(), admin.store.identity().actor, t, mapping).ready());
    auto preview = preview_people_import(admin.state(), admin.store.identity().actor, t, mapping, people::Role::Mentor);
    ASSERT_TRUE(preview.ready());
    ASSERT_TRUE(commit_people_import(admin.store, admin.program, preview).ok());
    for (const auto& [id, p] : admin.state().people)
        EXPECT_EQ(p.details.role, people::Role::Mentor);
}
