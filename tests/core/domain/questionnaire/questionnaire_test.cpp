#include "core/domain/questionnaire/questionnaire_rules.h"
#include "support/builders.h"

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;
using questionnaire::Question;
using questionnaire::QuestionId;
using questionnaire::QuestionType;

namespace {

Question question(std::string id, QuestionType type, std::vector<std::string> options = {})
{
    Question q;
    q.id = QuestionId{std::move(id)};
    q.text = "Question " + q.id.value;
    q.type = type;
    q.options = std::move(options);
    return q;
}

std::vector<QuestionId> order(const ProgramState& state)
{
    std::vector<QuestionId> ids;
    for (const auto& q : state.questions)
        ids.push_back(q.id);
    return ids;
}

}

TEST(Questionnaire, TheDefaultIsTheReverseMentoringTemplateComplete)
{
    auto questions = questionnaire::default_questionnaire();
    std::vector<std::string> expected = {"Date started in this position", "How long have you been with the organisation?", "Role and responsibilities", "preferred method of communication", "greatest strengths", "areas would you like to develop", "challenges", "unique experiences", "ideal mentor or mentee relationship", "Describe yourself", "in 3 years", "passions", "work-life balance", "How much time", "reverse mentoring mean to you"};
    ASSERT_EQ(questions.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_NE(questions[i].text.find(expected[i]), std::string::npos) << questions[i].text;
    for (const auto& q : questions)
        EXPECT_TRUE(questionnaire::validate_question(q).ok()) << q.text;
    EXPECT_EQ(questions[3].options, (std::vector<std::string>{"Virtual", "In person", "Email", "Phone"}));
}

TEST(Questionnaire, AdminsAddReorderAndRemoveQuestions)
{
    ProgramState state = program_state();
    run(state, ADMIN, questionnaire::AddQuestion{question("q-a", QuestionType::ShortText)});
    run(state, ADMIN, questionnaire::AddQuestion{question("q-b", QuestionType::Number)});
    run(state, ADMIN, questionnaire::AddQuestion{question("q-c", QuestionType::Date)});
    run(state, ADMIN, questionnaire::MoveQuestion{QuestionId{"q-c"}, 0});
    EXPECT_EQ(order(state), (std::vector<QuestionId>{QuestionId{"q-c"}, QuestionId{"q-a"}, QuestionId{"q-b"}}));
    run(state, ADMIN, questionnaire::RemoveQuestion{QuestionId{"q-a"}});
    EXPECT_EQ(order(state), (std::vector<QuestionId>{QuestionId{"q-c"}, QuestionId{"q-b"}}));
    auto edited = question("q-b", QuestionType::Scale);
    edited.required = true;
    edited.matching_criterion = true;
    run(state, ADMIN, questionnaire::UpdateQuestion{edited});
    EXPECT_EQ(state.questions[1], edited);
}

TEST(Questionnaire, RefusesQuestionsThatCannotBeAnswered)
{
    ProgramState state = program_state();
    auto refused = [&](const Question& q) { return decide(state, Actor{ADMIN}, questionnaire::AddQuestion{q}).error().code; };
    EXPECT_EQ(refused(question("q-1", QuestionType::SingleChoice, {"Only one"})), "options_required");
    EXPECT_EQ(refused(question("q-1", QuestionType::MultipleChoice, {"A", "a"})), "duplicate_option");
    auto scale = question("q-1", QuestionType::Scale);
    scale.scale_min = 5;
    scale.scale_max = 5;
    EXPECT_EQ(refused(scale), "scale_invalid");
    auto blank = question("q-1", QuestionType::LongText);
    blank.text = "  ";
    EXPECT_EQ(refused(blank), "question_text_required");
    EXPECT_EQ(refused(question("q-1", QuestionType::Number, {"x", "y"})), "options_unexpected");
}

TEST(Questionnaire, AnswersMustFitTheirQuestion)
{
    auto check = [](const Question& q, std::vector<std::string> values) { return questionnaire::validate_answer(q, questionnaire::Answer{std::move(values)}).ok(); };
    auto choice = question("q", QuestionType::SingleChoice, {"Virtual", "Phone"});
    EXPECT_TRUE(check(choice, {"Phone"}));
    EXPECT_FALSE(check(choice, {"Carrier pigeon"}));
    EXPECT_FALSE(check(choice, {"Phone", "Virtual"}));
    auto multi = question("q", QuestionType::MultipleChoice, {"Virtual", "Phone"});
    EXPECT_TRUE(check(multi, {"Phone", "Virtual"}));
    EXPECT_FALSE(check(multi, {"Phone", "Phone"}));
    auto scale = question("q", QuestionType::Scale);
    EXPECT_TRUE(check(scale, {"5"}));
    EXPECT_FALSE(check(scale, {"6"}));
    EXPECT_FALSE(check(scale, {"three"}));
    EXPECT_TRUE(check(question("q", QuestionType::Date), {"2024-02-29"}));
    EXPECT_FALSE(check(question("q", QuestionType::Date), {"2023-02-29"}));
    EXPECT_TRUE(check(question("q", QuestionType::Number), {"-2.5"}));
    EXPECT_FALSE(check(question("q", QuestionType::Number), {"2,5"}));
    EXPECT_FALSE(check(question("q", QuestionType::ShortText), {"line\nbreak"}));
    EXPECT_TRUE(check(question("q", QuestionType::LongText), {"line\nbreak"}));
}

TEST(Questionnaire, RequiredQuestionsApplyPerRole)
{
    auto for_mentors = question("q-m", QuestionType::ShortText);
    for_mentors.required = true;
    for_mentors.audience = questionnaire::Audience::Mentors;
    std::vector<Question> questions{for_mentors};
    EXPECT_TRUE(questionnaire::check_answers(questions, people::Role::Mentee, {}).ok());
    auto missing = questionnaire::check_answers(questions, people::Role::Mentor, {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, "answer_required");
    EXPECT_NE(missing.error().message.find("Question q-m"), std::string::npos);
    EXPECT_FALSE(questionnaire::check_answers(questions, people::Role::Both, {}).ok());
    EXPECT_EQ(questionnaire::check_answers(questions, people::Role::Mentee, {{QuestionId{"q-x"}, {{"?"}}}}).error().code, "answer_unknown_question");
}
