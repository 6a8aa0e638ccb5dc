// Who a person may not be matched with by rules on fields they cannot read: only the
// admin records it, the newest list counts, the list holds exactly the pairs the
// reporting line and the levels exclude where those fields are hidden, and a reading
// that opened it honours it without saying which field.
#include "core/domain/matching/eligibility.h"
#include "core/domain/matching/explain.h"
#include "core/domain/matching/matching_fixture.h"
#include "core/domain/matching/recommendations.h"
#include "core/domain/privacy/person_fields.h"
#include "core/domain/privacy/privacy_rules.h"
#include "core/domain/privacy/ruled_out.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// Reverse mentoring: Jun (level 2) may mentor Sen (level 3), Pia (level 3) may not,
// Lee manages Sen; nobody but the admin reads a level or a manager.
struct Reverse {
    ProgramState full = matching_program(program::ProgramType::ReverseMentorship);
    PersonId jun = add_person(full, "jun", {.level = 2, .role = people::Role::Mentor});
    PersonId pia = add_person(full, "pia", {.level = 3, .role = people::Role::Mentor});
    PersonId lee = add_person(full, "lee", {.level = 1, .role = people::Role::Mentor});
    PersonId sen = add_person(full, "sen", {.level = 3, .role = people::Role::Mentee, .manager = "lee"});

    // What every browser reads: the levels and managers blank and hidden.
    ProgramState recorded() const
    {
        ProgramState out = full;
        for (auto& [id, person] : out.people) {
            for (const char* field : {"level", "manager"}) {
                privacy::blank_field(person, field);
                person.hidden.insert(field);
            }
        }
        return out;
    }
};

std::vector<PersonId> mentors_offered(const ProgramState& state, const PersonId& mentee)
{
    std::vector<PersonId> out;
    for (const matching::Candidate& c : matching::candidates_for(state, first_match_type(state).id, mentee, matching::Side::AsMentee))
        out.push_back(c.person);
    return out;
}

const privacy::PrivateText SEALED = privacy::PrivateText::sealed("sealed:v1:AAAA");

}

TEST(RuledOut, OnlyTheAdminRecordsAListAndItIsNeverPlain)
{
    Reverse r;
    const privacy::RuledOutSealed list{r.sen, SEALED};
    EXPECT_TRUE(privacy::check(r.full, ADMIN, list).ok());
    auto by_herself = privacy::check(r.full, people::actor_of(r.sen), list);
    ASSERT_FALSE(by_herself.ok());
    EXPECT_EQ(by_herself.error().code, "not_admin");
    EXPECT_EQ(by_herself.error().refusal, Refusal::Authority);
    auto for_another = privacy::check(r.full, people::actor_of(r.jun), list);
    ASSERT_FALSE(for_another.ok());
    EXPECT_EQ(for_another.error().refusal, Refusal::Authority);
    auto plain = privacy::check(r.full, ADMIN, privacy::RuledOutSealed{r.sen, "[\"u-pia\"]"});
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().code, "sealed_invalid");
    auto nobody = privacy::check(r.full, ADMIN, privacy::RuledOutSealed{PersonId{"u-gone"}, SEALED});
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, "person_unknown");
}

TEST(RuledOut, TheNewestListReplacesTheOneBefore)
{
    Reverse r;
    run(r.full, ADMIN, privacy::SealRuledOut{r.sen});
    // Decided, not yet sealed by its recording browser: empty, never plain.
    EXPECT_TRUE(r.full.privacy.ruled_out_sealed.at(r.sen).empty());
    apply(r.full, EventContext{EventId{DeviceId{"d-admin"}, 1}, ADMIN, Timestamp{1}}, privacy::RuledOutSealed{r.sen, SEALED});
    const privacy::PrivateText newer = privacy::PrivateText::sealed("sealed:v1:BBBB");
    apply(r.full, EventContext{EventId{DeviceId{"d-admin"}, 2}, ADMIN, Timestamp{2}}, privacy::RuledOutSealed{r.sen, newer});
    EXPECT_EQ(r.full.privacy.ruled_out_sealed.size(), 1u);
    EXPECT_EQ(r.full.privacy.ruled_out_sealed.at(r.sen), newer);
    EXPECT_TRUE(r.full.privacy.ruled_out.empty()) << "the recorded state opens nothing";
    // A participant's list is refused in replay and changes nothing.
    apply(r.full, EventContext{EventId{DeviceId{"d-sen"}, 1}, people::actor_of(r.sen), Timestamp{3}}, privacy::RuledOutSealed{r.sen, SEALED});
    EXPECT_EQ(r.full.privacy.ruled_out_sealed.at(r.sen), newer);
    ASSERT_FALSE(r.full.skipped.empty());
    EXPECT_EQ(r.full.skipped.back().refusal, Refusal::Authority);
}

TEST(RuledOut, TheListHoldsThePairsTheHiddenLevelsAndReportingLineExclude)
{
    Reverse r;
    const ProgramState recorded = r.recorded();
    const privacy::RuledOut sens = privacy::ruled_out_for(r.full, recorded, r.sen);
    // Pia is not junior enough, Lee is Sen's manager; Jun is fine.
    EXPECT_EQ(sens.mentors, (std::set<PersonId>{r.pia, r.lee}));
    EXPECT_TRUE(sens.mentees.empty()) << "Sen mentors no one";
    EXPECT_EQ(privacy::ruled_out_for(r.full, recorded, r.pia).mentees, std::set<PersonId>{r.sen});
    EXPECT_TRUE(privacy::ruled_out_for(r.full, recorded, r.jun).empty());
    auto everyone = privacy::ruled_out_for_everyone(r.full, recorded);
    EXPECT_EQ(everyone.at(r.sen), sens);
    EXPECT_EQ(everyone.at(r.lee).mentees, std::set<PersonId>{r.sen});
    EXPECT_FALSE(everyone.contains(r.jun)) << "an empty list is left out";
    // Where everyone reads the fields, every browser judges the rules itself.
    EXPECT_TRUE(privacy::ruled_out_for(r.full, r.full, r.sen).empty());
}

TEST(RuledOut, AnOpenedListIsHonouredAndTheReasonNamesNoField)
{
    Reverse r;
    ProgramState reading = r.recorded();
    EXPECT_EQ(mentors_offered(reading, r.sen).size(), 3u) << "without the list, nothing hidden is judged";
    reading.privacy.ruled_out[r.sen] = privacy::ruled_out_for(r.full, r.recorded(), r.sen);
    EXPECT_EQ(mentors_offered(reading, r.sen), std::vector<PersonId>{r.jun});
    auto e = matching::explain_pair(reading, first_match_type(reading), who(reading, r.pia), who(reading, r.sen)).exclusion;
    ASSERT_TRUE(e);
    EXPECT_EQ(e->rule, matching::ExclusionRule::RuledOut);
    EXPECT_EQ(e->reason, "the program's rules do not allow pia and sen to be matched");
    for (const char* hidden : {"level", "manager", "report", "junior"})
        EXPECT_EQ(e->reason.find(hidden), std::string::npos) << e->reason;
    // Pia reads Sen's list only as hers mirrors it; either list alone excludes the pair.
    ProgramState at_pia = r.recorded();
    at_pia.privacy.ruled_out[r.pia] = privacy::ruled_out_for(r.full, r.recorded(), r.pia);
    EXPECT_TRUE(privacy::is_ruled_out(at_pia, r.pia, r.sen));
    EXPECT_FALSE(privacy::is_ruled_out(at_pia, r.jun, r.sen));
    // The admin's reading says the real rule first.
    EXPECT_EQ(matching::explain_pair(r.full, first_match_type(r.full), who(r.full, r.pia), who(r.full, r.sen)).exclusion->rule, matching::ExclusionRule::LevelGap);
}
