#include "core/domain/matching/criteria.h"
#include "core/domain/matching/explain.h"
#include "core/domain/matching/pair_features.h"
#include "core/domain/matching/scoring_model.h"
#include "core/domain/matching/matching_fixture.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace turnabout;
using namespace turnabout::testing;
using matching::CriterionKind;

namespace {

const matching::CriterionResult& criterion(const matching::ScoreExplanation& e, CriterionKind kind)
{
    for (const auto& c : e.criteria) {
        if (c.setting.key.kind == kind)
            return c;
    }
    ADD_FAILURE() << "no criterion " << matching::criterion_kind_name(kind);
    return e.criteria.front();
}

}

TEST(Scoring, AHandWorkedPairWithItsExplanation)
{
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    auto amara = add_person(state, "Amara", {.role = people::Role::Mentor, .offered = {"TikTok", "Data"}, .wanted = {"Strategy", "Budgeting"}, .interests = {"Climbing", "Jazz", "Chess"}});
    auto liam = add_person(state, "Liam", {.role = people::Role::Mentee, .offered = {"Strategy"}, .wanted = {"tiktok ", "Public speaking"}, .interests = {"chess", "jazz"}});
    run(state, ADMIN, matching::ChangeMatchingSettings{only_criteria(state, {{{CriterionKind::Skills, {}}, 2, 0, false}, {{CriterionKind::Interests, {}}, 1, 0, false}})});
    auto e = matching::explain_pair(state, first_match_type(state), who(state, amara), who(state, liam));
    // Skills: one of Liam's two wants is offered, one of Amara's two: 2 of 4 = 50%.
    // Interests: both of Liam's two are Amara's: 100%. (2 x 50% + 1 x 100%) / 3 = 66.7.
    EXPECT_EQ(e.score, 67);
    ASSERT_EQ(e.criteria.size(), 2u);
    const auto& skills = criterion(e, CriterionKind::Skills);
    EXPECT_EQ(skills.similarity, 500);
    EXPECT_EQ(skills.points_tenths, 333);
    EXPECT_EQ(skills.detail, "Amara offers TikTok that Liam wants; Liam offers Strategy that Amara wants");
    const auto& interests = criterion(e, CriterionKind::Interests);
    EXPECT_EQ(interests.similarity, 1000);
    EXPECT_EQ(interests.points_tenths, 333);
    EXPECT_EQ(interests.detail, "both like Jazz, Chess");
    EXPECT_FALSE(e.exclusion);
}

TEST(Scoring, MissingAnswersCountAsNoMatchAndSaySo)
{
    ProgramState state = matching_program(program::ProgramType::Mentorship);
    auto a = add_person(state, "Ana", {.role = people::Role::Mentor, .time_zone = "Europe/Lisbon"});
    auto b = add_person(state, "Bo", {.role = people::Role::Mentee});
    run(state, ADMIN, matching::ChangeMatchingSettings{only_criteria(state, {{{CriterionKind::TimeZone, {}}, 1, 0, false}, {{CriterionKind::Location, {}}, 1, 0, false}})});
    auto e = matching::explain_pair(state, first_match_type(state), who(state, a), who(state, b));
    EXPECT_EQ(e.score, 0);
    EXPECT_FALSE(criterion(e, CriterionKind::TimeZone).answered);
    EXPECT_EQ(criterion(e, CriterionKind::TimeZone).detail, "time zone not given by Bo");
}

TEST(Scoring, TimeZonesAvailabilityAndDepartments)
{
    ProgramState state = matching_program(program::ProgramType::ReverseMentorship);
    auto a = add_person(state, "Ana", {.department = "Engineering", .level = 2, .role = people::Role::Mentor, .availability = "Tuesday afternoons, Thursday mornings", .time_zone = "Europe/Lisbon"});
    auto b = add_person(state, "Bo", {.department = "Finance", .level = 6, .role = people::Role::Mentee, .availability = "Tuesday, Friday", .time_zone = "UTC+3"});
    run(state, ADMIN, matching::ChangeMatchingSettings{only_criteria(state, {{{CriterionKind::TimeZone, {}}, 1, 0, false}, {{CriterionKind::Availability, {}}, 1, 0, false}, {{CriterionKind::Department, {}}, 1, 0, true}})});
    auto e = matching::explain_pair(state, first_match_type(state), who(state, a), who(state, b));
    // 3 hours apart: 5 of 8 working hours shared.
    EXPECT_EQ(criterion(e, CriterionKind::TimeZone).similarity, 625);
    EXPECT_EQ(criterion(e, CriterionKind::TimeZone).detail, "3 hours apart");
    // Ana: Tue afternoon, Thu morning (2 slots); Bo: all of Tue and Fri. Shared: 1 of 2.
    EXPECT_EQ(criterion(e, CriterionKind::Availability).similarity, 500);
    EXPECT_EQ(criterion(e, CriterionKind::Availability).detail, "both free Tuesday afternoon");
    EXPECT_EQ(criterion(e, CriterionKind::Department).similarity, 1000);
    EXPECT_EQ(criterion(e, CriterionKind::Department).detail, "Engineering and Finance, different as preferred");
    EXPECT_EQ(e.score, (625 + 500 + 1000) * 100 / 3000 + 1); // 70.8 rounds to 71
}

TEST(Scoring, QuestionCriteriaCompareAnswers)
{
    ProgramState state = matching_program(program::ProgramType::ReverseMentorship);
    auto a = add_person(state, "Ana", {.level = 2, .role = people::Role::Mentor});
    auto b = add_person(state, "Bo", {.level = 6, .role = people::Role::Mentee});
    give_answers(state, a, {{questionnaire::QuestionId{"q-communication"}, {{"Virtual", "Email"}}}, {questionnaire::QuestionId{"q-passions"}, {{"Hiking in the mountains, jazz piano and photography"}}}});
    give_answers(state, b, {{questionnaire::QuestionId{"q-communication"}, {{"Email", "Phone", "In person"}}}, {questionnaire::QuestionId{"q-passions"}, {{"Photography and mountains; also jazz."}}}});
    auto e = matching::explain_pair(state, first_match_type(state), who(state, a), who(state, b));
    const matching::CriterionResult* communication = nullptr;
    const matching::CriterionResult* passions = nullptr;
    for (const auto& c : e.criteria) {
        if (c.setting.key.question.value == "q-communication")
            communication = &c;
        if (c.setting.key.question.value == "q-passions")
            passions = &c;
    }
    ASSERT_TRUE(communication && passions);
    EXPECT_EQ(communication->similarity, 500);
    EXPECT_EQ(communication->detail, "both chose Email");
    // Bo's words (photography, mountain, jazz; "also" says nothing) are all Ana's too:
    // 3 of the 3 words of the shorter answer.
    EXPECT_EQ(passions->similarity, 1000);
    EXPECT_EQ(passions->detail, "both mention jazz, mountain, photography");
    // Interpersonal questions lead by default in reverse mentoring.
    EXPECT_EQ(e.criteria.front().setting.key.kind, CriterionKind::Question);
    EXPECT_GT(e.criteria.front().setting.weight, criterion(e, CriterionKind::Skills).setting.weight);
}

TEST(PairFeatures, AvailabilityReadsDaysAndPartsOfTheDay)
{
    using matching::availability_slots;
    using matching::describe_slots;
    EXPECT_EQ(describe_slots(availability_slots("Tuesday afternoons, Thursday mornings")), "Tuesday afternoon, Thursday morning");
    EXPECT_EQ(describe_slots(availability_slots("weekday evenings")), "Monday evening, Tuesday evening, Wednesday evening, Thursday evening, Friday evening");
    EXPECT_EQ(describe_slots(availability_slots("Sat")), "Saturday");
    EXPECT_EQ(availability_slots("whenever suits"), 0u);
}

TEST(PairFeatures, TimeZonesByOffsetOrName)
{
    EXPECT_EQ(matching::utc_offset_minutes("UTC+2"), 120);
    EXPECT_EQ(matching::utc_offset_minutes("GMT-05:30"), -330);
    EXPECT_EQ(matching::utc_offset_minutes("+01:00"), 60);
    EXPECT_EQ(matching::utc_offset_minutes("Asia/Kolkata"), 330);
    EXPECT_EQ(matching::utc_offset_minutes("europe/lisbon"), 0);
    EXPECT_EQ(matching::utc_offset_minutes("Mars/Olympus"), std::nullopt);
    EXPECT_EQ(matching::utc_offset_minutes("UTC+99"), std::nullopt);
}

// The fast model must give explain_pair's score and exclusion for every pair, over
// random programs with every kind of criterion, threshold, rule and match.
TEST(ScoringModel, AgreesWithTheExplanationOnRandomPrograms)
{
    const std::vector<std::string> skills = {"Data", "TikTok", "Strategy", "Budgeting", "Design", "Negotiation", "Python", "Sales"};
    const std::vector<std::string> hobbies = {"Chess", "Jazz", "Running", "Cooking", "Film"};
    const std::vector<std::string> zones = {"UTC", "UTC+1", "Europe/Paris", "America/New_York", "Asia/Tokyo", "", "nowhere"};
    const std::vector<std::string> times = {"Monday mornings", "Tuesday, Thursday", "weekday evenings", "", "any time", "Friday afternoon"};
    const std::vector<std::string> words = {"curious", "kind", "patient", "direct", "mountains", "music", "family", "travel", "reading"};
    int compared = 0;
    int excluded = 0;
    std::map<matching::ExclusionRule, int> rules;
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        std::mt19937 rng(seed);
        auto pick = [&](const std::vector<std::string>& from, int most) {
            std::vector<std::string> out;
            int n = static_cast<int>(rng() % static_cast<unsigned>(most + 1));
            for (int k = 0; k < n; ++k) {
                const std::string& item = from[rng() % from.size()];
                if (std::find(out.begin(), out.end(), item) == out.end())
                    out.push_back(item);
            }
            return out;
        };
        auto type = seed % 3 == 0 ? program::ProgramType::ReverseMentorship : seed % 3 == 1 ? program::ProgramType::Mentorship : program::ProgramType::ColleagueConnect;
        ProgramState state = matching_program(type);
        std::vector<PersonId> ids;
        for (int p = 0; p < 18; ++p) {
            ProfileSpec spec;
            spec.department = std::vector<std::string>{"Ops", "Sales", "", "ops"}[rng() % 4];
            spec.level = seed % 2 ? static_cast<int>(rng() % 6) : 1 + static_cast<int>(rng() % 5);
            spec.role = std::vector<people::Role>{people::Role::Mentor, people::Role::Mentee, people::Role::Both}[rng() % 3];
            if (p > 0 && rng() % 2)
                spec.manager = ids[rng() % ids.size()].value.substr(2);
            spec.offered = pick(skills, 3);
            spec.wanted = pick(skills, 3);
            spec.interests = pick(hobbies, 3);
            spec.availability = times[rng() % times.size()];
            spec.time_zone = zones[rng() % zones.size()];
            spec.location = std::vector<std::string>{"Lisbon", "Porto", ""}[rng() % 3];
            spec.capacity = static_cast<int>(rng() % 4); // 0: full
            ids.push_back(add_person(state, "p" + std::to_string(p), spec));
            std::string passions;
            for (const auto& w : pick(words, 4))
                passions += w + " ";
            auto communication = pick({"Virtual", "Email", "Phone"}, 2);
            if (communication.empty())
                communication = {"Phone"};
            give_answers(state, ids.back(), {{questionnaire::QuestionId{"q-communication"}, {communication}}, {questionnaire::QuestionId{"q-passions"}, {{passions}}}});
            if (rng() % 7 == 0)
                run(state, ADMIN, people::SetPaused{ids.back(), true});
        }
        auto settings = state.matching.settings;
        settings.criteria = matching::effective_criteria(state);
        for (auto& c : settings.criteria) {
            c.weight = static_cast<int>(rng() % 6);
            c.threshold = rng() % 6 == 0 ? static_cast<int>(rng() % 40) : 0;
            c.prefer_different = rng() % 3 == 0;
        }
        settings.reporting_depth = static_cast<int>(rng() % 4);
        settings.level_gap = static_cast<int>(rng() % 3);
        run(state, ADMIN, matching::ChangeMatchingSettings{settings});
        run(state, ADMIN, matching::ExcludePair{{ids[0], ids[1]}, true});
        const auto& match_type = first_match_type(state);
        // Scored by groups and postings, and pair by pair: both must be the explanation's.
        for (int max_groups : {matching::MAX_GROUPS, 1, 0}) {
            matching::ScoringModel model(state, match_type, max_groups);
            for (std::size_t i = 0; i < model.mentees().size(); ++i) {
                std::vector<std::int16_t> row(model.mentors().size());
                model.score_row(static_cast<int>(i), row);
                for (std::size_t j = 0; j < model.mentors().size(); ++j) {
                    ASSERT_EQ(row[j], model.score(static_cast<int>(i), static_cast<int>(j)));
                    if (max_groups != matching::MAX_GROUPS)
                        continue;
                    auto e = matching::explain_pair(state, match_type, *model.mentors()[j], *model.mentees()[i]);
                    ASSERT_EQ(row[j], e.exclusion ? matching::EXCLUDED : e.score) << "seed " << seed << " mentor " << model.mentors()[j]->id.value << " mentee " << model.mentees()[i]->id.value << (e.exclusion ? " excluded: " + e.exclusion->reason : "");
                    ++compared;
                    excluded += e.exclusion.has_value();
                    if (e.exclusion)
                        ++rules[e.exclusion->rule];
                }
            }
            // Each mentor's column is the same scores seen the other way.
            for (std::size_t j = 0; j < model.mentors().size(); ++j) {
                std::vector<std::int16_t> column(model.mentees().size());
                model.score_column(static_cast<int>(j), column);
                for (std::size_t i = 0; i < model.mentees().size(); ++i)
                    ASSERT_EQ(column[i], model.score(static_cast<int>(i), static_cast<int>(j)));
            }
        }
    }
    // The programs exercised both outcomes and most rules.
    EXPECT_GT(compared, 12 * 40);
    EXPECT_GT(compared - excluded, 100);
    EXPECT_GE(rules.size(), 7u);
}
