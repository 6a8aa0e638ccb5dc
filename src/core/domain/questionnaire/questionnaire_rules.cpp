#include "core/domain/questionnaire/questionnaire_rules.h"

#include "core/base/date.h"
#include "core/base/text.h"
#include "core/domain/program/program_rules.h"
#include "core/domain/text_rules.h"

#include <algorithm>
#include <set>

namespace turnabout::questionnaire {

namespace {

constexpr std::size_t MAX_HELP_LENGTH = 1000;
constexpr std::size_t MAX_SECTION_LENGTH = 80;

const Question* find(const ProgramState& state, const QuestionId& id)
{
    for (const Question& q : state.questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

bool is_choice(QuestionType type)
{
    return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice;
}

// "12", "-3", "2.5": a plain decimal number, whatever the locale.
bool is_decimal_number(std::string_view text)
{
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-')
        ++i;
    std::size_t digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        ++i;
        ++digits;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        std::size_t decimals = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            ++i;
            ++decimals;
        }
        if (decimals == 0)
            return false;
    }
    return digits > 0 && i == text.size() && text.size() <= 20;
}

bool is_whole_number(std::string_view text, int& out)
{
    if (text.empty() || text.size() > 4)
        return false;
    int value = 0;
    bool negative = text[0] == '-';
    for (std::size_t i = negative ? 1 : 0; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    if (negative && text.size() == 1)
        return false;
    out = negative ? -value : value;
    return true;
}

}

Question normalized(const Question& question)
{
    Question out = question;
    out.text = trim(question.text);
    out.help = trim(question.help);
    out.section = trim(question.section);
    out.options.clear();
    for (const std::string& option : question.options) {
        if (auto trimmed = trim(option); !trimmed.empty())
            out.options.push_back(trimmed);
    }
    return out;
}

Status validate_question(const Question& q)
{
    if (q.id.empty())
        return make_error("invalid_id", "question: the id is empty");
    if (auto s = check_required_text("question", q.text, MAX_QUESTION_LENGTH); !s)
        return s.error().code == "required" ? Status(make_error("question_text_required", "question: the question's text is required")) : s;
    if (auto s = check_text("help text", q.help, MAX_HELP_LENGTH, TextKind::MultiLine); !s)
        return s;
    if (auto s = check_text("section", q.section, MAX_SECTION_LENGTH); !s)
        return s;
    if (q.options.size() > MAX_OPTIONS)
        return make_error("too_many_options", "choices: at most " + std::to_string(MAX_OPTIONS));
    std::set<std::string> seen;
    for (const std::string& option : q.options) {
        if (auto s = check_required_text("choice", option, MAX_OPTION_LENGTH); !s)
            return s;
        if (!seen.insert(ascii_lower(option)).second)
            return make_error("duplicate_option", "choices: \"" + option + "\" appears twice");
    }
    if (is_choice(q.type) && q.options.size() < 2)
        return make_error("options_required", "choices: a choice question needs at least two choices");
    if (q.type == QuestionType::Scale) {
        if (q.scale_min < 0 || q.scale_max > 10 || q.scale_min >= q.scale_max)
            return make_error("scale_invalid", "scale: from 0 to 10, and the low end below the high end");
        if (!q.options.empty() && q.options.size() != 2)
            return make_error("scale_invalid", "scale: give labels for both ends, or none");
    } else if (!is_choice(q.type) && !q.options.empty()) {
        return make_error("options_unexpected", "choices: only choice questions and scales have them");
    }
    return {};
}

bool applies_to(const Question& question, people::Role role)
{
    switch (question.audience) {
    case Audience::Everyone:
        return true;
    case Audience::Mentors:
        return role == people::Role::Mentor || role == people::Role::Both;
    case Audience::Mentees:
        return role == people::Role::Mentee || role == people::Role::Both;
    }
    return true;
}

Status validate_answer(const Question& q, const Answer& answer)
{
    const std::string label = "\"" + q.text + "\"";
    if (answer.empty())
        return {};
    if (q.type != QuestionType::MultipleChoice && answer.values.size() != 1)
        return make_error("answer_invalid", label + ": give one answer");
    const std::string& value = answer.values.front();
    switch (q.type) {
    case QuestionType::ShortText:
        return check_text(label, value, MAX_SHORT_ANSWER);
    case QuestionType::LongText:
        return check_text(label, value, MAX_LONG_ANSWER, TextKind::MultiLine);
    case QuestionType::SingleChoice:
        if (std::find(q.options.begin(), q.options.end(), value) == q.options.end())
            return make_error("answer_invalid", label + ": \"" + value + "\" is not one of the choices");
        return {};
    case QuestionType::MultipleChoice: {
        std::set<std::string> seen;
        for (const std::string& v : answer.values) {
            if (std::find(q.options.begin(), q.options.end(), v) == q.options.end())
                return make_error("answer_invalid", label + ": \"" + v + "\" is not one of the choices");
            if (!seen.insert(v).second)
                return make_error("answer_invalid", label + ": \"" + v + "\" is chosen twice");
        }
        return {};
    }
    case QuestionType::Scale: {
        int number = 0;
        if (!is_whole_number(value, number) || number < q.scale_min || number > q.scale_max)
            return make_error("answer_invalid", label + ": choose a value from " + std::to_string(q.scale_min) + " to " + std::to_string(q.scale_max));
        return {};
    }
    case QuestionType::Date:
        if (!parse_iso_date(value))
            return make_error("answer_invalid", label + ": \"" + value + "\" is not a date (YYYY-MM-DD)");
        return {};
    case QuestionType::Number:
        if (!is_decimal_number(value))
            return make_error("answer_invalid", label + ": \"" + value + "\" is not a number");
        return {};
    }
    return {};
}

Status check_answers(const std::vector<Question>& questions, people::Role role, const std::map<QuestionId, Answer>& answers, const std::set<QuestionId>& sealed)
{
    for (const auto& [id, answer] : answers) {
        // Clang 14 cannot capture a structured binding; the explicit init-capture can.
        auto it = std::find_if(questions.begin(), questions.end(), [&id = id](const Question& q) { return q.id == id; });
        if (it == questions.end())
            return make_error("answer_unknown_question", "answers: question " + id.value + " is not in this program's questionnaire (changed meanwhile?)");
        if (auto s = validate_answer(*it, answer); !s)
            return s;
    }
    for (const Question& q : questions) {
        if (!q.required || !applies_to(q, role) || sealed.contains(q.id))
            continue;
        auto it = answers.find(q.id);
        if (it == answers.end() || it->second.empty())
            return make_error("answer_required", "\"" + q.text + "\": an answer is required");
    }
    return {};
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const AddQuestion& command)
{
    return one_event(QuestionAdded{normalized(command.question)});
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const UpdateQuestion& command)
{
    return one_event(QuestionUpdated{normalized(command.question)});
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const RemoveQuestion& command)
{
    return one_event(QuestionRemoved{command.id});
}

Result<EventList> decide_command(const ProgramState&, const ActorId&, const MoveQuestion& command)
{
    return one_event(QuestionMoved{command.id, command.position});
}

Status check(const ProgramState& state, const ActorId& author, const QuestionAdded& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (find(state, event.question.id))
        return make_error("question_exists", "question: already in the questionnaire");
    if (state.questions.size() >= MAX_QUESTIONS)
        return make_error("too_many_questions", "questionnaire: at most " + std::to_string(MAX_QUESTIONS) + " questions");
    return validate_question(event.question);
}

Status check(const ProgramState& state, const ActorId& author, const QuestionUpdated& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (!find(state, event.question.id))
        return make_error("question_unknown", "question: not in the questionnaire (removed meanwhile?)");
    return validate_question(event.question);
}

Status check(const ProgramState& state, const ActorId& author, const QuestionRemoved& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (!find(state, event.id))
        return make_error("question_unknown", "question: not in the questionnaire (removed meanwhile?)");
    return {};
}

Status check(const ProgramState& state, const ActorId& author, const QuestionMoved& event)
{
    if (auto s = program::check_admin(state, author); !s)
        return s;
    if (!find(state, event.id))
        return make_error("question_unknown", "question: not in the questionnaire (removed meanwhile?)");
    if (event.position >= state.questions.size())
        return make_error("position_out_of_range", "question: there is no position " + std::to_string(event.position + 1));
    return {};
}

void apply_checked(ProgramState& state, const EventContext&, const QuestionAdded& event)
{
    state.questions.push_back(event.question);
}

void apply_checked(ProgramState& state, const EventContext&, const QuestionUpdated& event)
{
    for (Question& q : state.questions) {
        if (q.id == event.question.id)
            q = event.question;
    }
}

void apply_checked(ProgramState& state, const EventContext&, const QuestionRemoved& event)
{
    std::erase_if(state.questions, [&](const Question& q) { return q.id == event.id; });
}

void apply_checked(ProgramState& state, const EventContext&, const QuestionMoved& event)
{
    auto it = std::find_if(state.questions.begin(), state.questions.end(), [&](const Question& q) { return q.id == event.id; });
    Question moved = *it;
    state.questions.erase(it);
    std::size_t position = std::min(event.position, state.questions.size());
    state.questions.insert(state.questions.begin() + static_cast<long>(position), std::move(moved));
}

}
