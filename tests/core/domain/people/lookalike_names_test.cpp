// Names and emails tell people apart, so neither may hold a character that shows as
// nothing or turns the text around it: "Ana Lima" and "Ana Lima" with a zero-width
// space read alike, and "ben@example.org" with one passes the "already used" check.
// The same refusal, in plain words, whether the admin adds the person, the person
// registers, or either edits the profile, and the same again in replay.
#include "core/base/text.h"
#include "support/builders.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// One character of each kind the rule refuses, as UTF-8, with the refusal's code.
struct Unseen {
    std::string utf8;
    char32_t code_point;
    std::string code;
};

const std::vector<Unseen>& unseen_characters()
{
    static const std::vector<Unseen> all = {
        {"\x07", 0x0007, "invalid_text"},                // a control character (bell)
        {"\xC2\x85", 0x0085, "invalid_text"},            // a control character (C1, next line)
        {"\xE2\x80\xAA", 0x202A, "invisible_character"}, // left-to-right embedding
        {"\xE2\x80\xAE", 0x202E, "invisible_character"}, // right-to-left override
        {"\xE2\x81\xA6", 0x2066, "invisible_character"}, // left-to-right isolate
        {"\xE2\x81\xA9", 0x2069, "invisible_character"}, // pop directional isolate
        {"\xE2\x80\x8E", 0x200E, "invisible_character"}, // left-to-right mark
        {"\xE2\x80\x8F", 0x200F, "invisible_character"}, // right-to-left mark
        {"\xD8\x9C", 0x061C, "invisible_character"},     // Arabic letter mark
        {"\xE2\x80\x8B", 0x200B, "invisible_character"}, // zero-width space
        {"\xE2\x80\x8C", 0x200C, "invisible_character"}, // zero-width non-joiner
        {"\xE2\x80\x8D", 0x200D, "invisible_character"}, // zero-width joiner
        {"\xE2\x81\xA0", 0x2060, "invisible_character"}, // word joiner
        {"\xEF\xBB\xBF", 0xFEFF, "invisible_character"}, // byte-order mark
    };
    return all;
}

// The details with the character hidden in the name, or in the email.
people::PersonDetails with_hidden_name(const Unseen& c)
{
    return person("Ana Lima" + c.utf8, "ana@example.org");
}

people::PersonDetails with_hidden_email(const Unseen& c)
{
    return person("Ana Lima", "ana" + c.utf8 + "@example.org");
}

// The refusal names the field, the character by its code point, and what to do.
void expect_named_refusal(const Error& error, const Unseen& c, const std::string& field)
{
    EXPECT_EQ(error.code, c.code) << error.message;
    const std::string what = c.code == "invisible_character" ? "an invisible or direction-changing character" : "a control character";
    EXPECT_EQ(error.message, field + ": holds " + what + " (" + code_point_name(c.code_point) + "); type it again without it");
}

const PersonId ANA_LIMA{"u-ana"};

}

TEST(LookalikeNames, TheAdminCannotAddANameOrEmailHoldingAnUnseenCharacter)
{
    ProgramState state = program_state();
    for (const Unseen& c : unseen_characters()) {
        SCOPED_TRACE(code_point_name(c.code_point));
        expect_named_refusal(refusal(state, ADMIN, people::AddPerson{ANA_LIMA, with_hidden_name(c)}), c, "name");
        expect_named_refusal(refusal(state, ADMIN, people::AddPerson{ANA_LIMA, with_hidden_email(c)}), c, "email");
    }
    EXPECT_TRUE(state.people.empty());
}

TEST(LookalikeNames, ARegistrationIsRefusedTheSameWay)
{
    ProgramState state = program_state();
    for (const Unseen& c : unseen_characters()) {
        SCOPED_TRACE(code_point_name(c.code_point));
        expect_named_refusal(refusal(state, people::actor_of(ANA_LIMA), people::JoinProgram{ANA_LIMA, with_hidden_name(c), {}}), c, "name");
        expect_named_refusal(refusal(state, people::actor_of(ANA_LIMA), people::JoinProgram{ANA_LIMA, with_hidden_email(c), {}}), c, "email");
    }
    EXPECT_TRUE(state.people.empty());
    // Without the character the same registration goes through.
    run(state, people::actor_of(ANA_LIMA), people::JoinProgram{ANA_LIMA, person("Ana Lima", "ana@example.org"), {}});
    EXPECT_EQ(state.people.at(ANA_LIMA).details.name, "Ana Lima");
}

TEST(LookalikeNames, AProfileUpdateByThePersonOrTheAdminIsRefusedTheSameWay)
{
    ProgramState state = program_state();
    run(state, ADMIN, people::AddPerson{ANA_LIMA, person("Ana Lima", "ana@example.org")});
    const people::Person before = state.people.at(ANA_LIMA);
    for (const Unseen& c : unseen_characters()) {
        SCOPED_TRACE(code_point_name(c.code_point));
        for (const ActorId& actor : {people::actor_of(ANA_LIMA), ADMIN}) {
            expect_named_refusal(refusal(state, actor, people::UpdateProfile{ANA_LIMA, with_hidden_name(c), before.profile}), c, "name");
            expect_named_refusal(refusal(state, actor, people::UpdateProfile{ANA_LIMA, with_hidden_email(c), before.profile}), c, "email");
        }
        expect_named_refusal(refusal(state, ADMIN, people::UpdatePerson{ANA_LIMA, with_hidden_name(c)}), c, "name");
        expect_named_refusal(refusal(state, ADMIN, people::UpdatePerson{ANA_LIMA, with_hidden_email(c)}), c, "email");
    }
    EXPECT_EQ(state.people.at(ANA_LIMA), before);
}

TEST(LookalikeNames, ReplayRefusesSuchANameFromAFileWithTheSameReason)
{
    // What another browser recorded is checked by the same rule: the lookalike of Ben,
    // written by altered code, is set aside and Ben stays the only Ben.
    ProgramState state = program_state();
    run(state, ADMIN, people::AddPerson{PersonId{"u-ben"}, person("Ben", "ben@example.org")});
    const auto people_before = state.people;
    apply(state, EventContext{EventId{DeviceId{"d-other"}, 1}, ADMIN, Timestamp{9}},
        people::PersonAdded{PersonId{"u-fake"}, person("Ben\xE2\x80\x8B", "ben\xE2\x80\x8B@example.org")});
    EXPECT_EQ(state.people, people_before);
    ASSERT_EQ(state.skipped.size(), 1u);
    EXPECT_EQ(state.skipped[0].code, "invisible_character");
    EXPECT_EQ(state.skipped[0].reason, "name: holds an invisible or direction-changing character (U+200B); type it again without it");
}

TEST(LookalikeNames, OtherTextsKeepWhatRightToLeftWritingNeeds)
{
    // Names in any script pass; the marks and joiners stay allowed where a text does
    // not say who someone is (a department, a reason), and a reason may have lines.
    ProgramState state = program_state();
    auto details = person("Zoë Šimić 李 محمد", "zoe@example.org");
    details.department = "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD9\x84\xD9\x8A\xD8\xA9\xE2\x80\x8F (Finance)"; // Arabic, a right-to-left mark
    run(state, ADMIN, people::AddPerson{ANA_LIMA, details});
    EXPECT_EQ(state.people.at(ANA_LIMA).details, details);
    details.job_title = "Analyst\x07";
    expect_named_refusal(refusal(state, ADMIN, people::UpdatePerson{ANA_LIMA, details}), unseen_characters()[0], "job title");
}
