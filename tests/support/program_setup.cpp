#include "support/program_setup.h"

#include "core/domain/program/program_rules.h"
#include "core/domain/questionnaire/questionnaire_rules.h"

namespace turnabout::testing {

people::PersonDetails person(std::string name, std::string email, people::Role role)
{
    people::PersonDetails details;
    details.name = std::move(name);
    details.email = std::move(email);
    details.job_title = "Analyst";
    details.department = "Finance";
    details.level = 2;
    details.role = role;
    return details;
}

program::Setup requesting_setup(bool approval_required)
{
    auto setup = program::reverse_mentoring_template(SYNC_DAY, program::FIRST_MATCH_TYPE);
    setup.basics.name = "Mentoring circle";
    setup.type = program::ProgramType::Mentorship;
    setup.match_types = {program::default_match_type(program::ProgramType::Mentorship, program::FIRST_MATCH_TYPE)};
    setup.match_types[0].process = program::MatchingProcess::UserLedWithApproval;
    setup.registration.approval_required = approval_required;
    return setup;
}

people::Answers required_answers(const ProgramState& state, people::Role role)
{
    people::Answers answers;
    for (const auto& q : state.questions) {
        if (!q.required || !questionnaire::applies_to(q, role))
            continue;
        if (!q.options.empty())
            answers[q.id] = questionnaire::Answer{{q.options[0]}};
        else if (q.type == questionnaire::QuestionType::Scale)
            answers[q.id] = questionnaire::Answer{{std::to_string(q.scale_min)}};
        else if (q.type == questionnaire::QuestionType::Number)
            answers[q.id] = questionnaire::Answer{{"1"}};
        else if (q.type == questionnaire::QuestionType::Date)
            answers[q.id] = questionnaire::Answer{{format_iso_date(SYNC_DAY)}};
        else
            answers[q.id] = questionnaire::Answer{{"An answer"}};
    }
    return answers;
}

requests::SendRequest ask_for_mentor(const PersonId& mentee, const PersonId& mentor, std::string request_id, Date on)
{
    requests::SendRequest c;
    c.id = requests::RequestId{std::move(request_id)};
    c.match_type = program::FIRST_MATCH_TYPE;
    c.kind = requests::RequestKind::MenteeAsks;
    c.from = mentee;
    c.to = mentor;
    c.message = "Could we talk about planning a first project?";
    c.on = on;
    return c;
}

requests::AnswerRequest answer(const requests::RequestId& id, bool accept, std::string match_id, Date on)
{
    requests::AnswerRequest c;
    c.id = id;
    c.accept = accept;
    if (accept)
        c.match = matching::MatchId{std::move(match_id)};
    else
        c.reason = requests::DeclineReason::TooBusy;
    c.on = on;
    return c;
}

}
