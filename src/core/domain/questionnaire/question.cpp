#include "core/domain/questionnaire/question.h"

namespace turnabout::questionnaire {

namespace {

constexpr QuestionType ALL_TYPES[] = {QuestionType::ShortText, QuestionType::LongText, QuestionType::SingleChoice, QuestionType::MultipleChoice, QuestionType::Scale, QuestionType::Date, QuestionType::Number};

Question make(std::string id, std::string section, std::string text, QuestionType type, bool required, bool criterion, std::vector<std::string> options = {}, std::string help = {})
{
    Question q;
    q.id = QuestionId{std::move(id)};
    q.section = std::move(section);
    q.text = std::move(text);
    q.help = std::move(help);
    q.type = type;
    q.options = std::move(options);
    q.required = required;
    q.matching_criterion = criterion;
    return q;
}

}

std::string_view question_type_name(QuestionType type)
{
    switch (type) {
    case QuestionType::ShortText:
        return "short_text";
    case QuestionType::LongText:
        return "long_text";
    case QuestionType::SingleChoice:
        return "single_choice";
    case QuestionType::MultipleChoice:
        return "multiple_choice";
    case QuestionType::Scale:
        return "scale";
    case QuestionType::Date:
        return "date";
    case QuestionType::Number:
        return "number";
    }
    return "short_text";
}

std::string_view question_type_label(QuestionType type)
{
    switch (type) {
    case QuestionType::ShortText:
        return "Short text";
    case QuestionType::LongText:
        return "Long text";
    case QuestionType::SingleChoice:
        return "Single choice";
    case QuestionType::MultipleChoice:
        return "Multiple choice";
    case QuestionType::Scale:
        return "Scale";
    case QuestionType::Date:
        return "Date";
    case QuestionType::Number:
        return "Number";
    }
    return "Short text";
}

std::optional<QuestionType> question_type_from_name(std::string_view name)
{
    for (QuestionType type : ALL_TYPES) {
        if (question_type_name(type) == name)
            return type;
    }
    return std::nullopt;
}

std::string_view audience_name(Audience audience)
{
    switch (audience) {
    case Audience::Everyone:
        return "everyone";
    case Audience::Mentors:
        return "mentors";
    case Audience::Mentees:
        return "mentees";
    }
    return "everyone";
}

std::optional<Audience> audience_from_name(std::string_view name)
{
    for (Audience audience : {Audience::Everyone, Audience::Mentors, Audience::Mentees}) {
        if (audience_name(audience) == name)
            return audience;
    }
    return std::nullopt;
}

std::vector<Question> default_questionnaire()
{
    const std::string position = "Position overview";
    const std::string objectives = "Objectives and experiences";
    const std::string about = "About you";
    const std::string together = "Putting it all together";
    std::vector<Question> questions{
        make("q-position-start", position, "Date started in this position", QuestionType::Date, false, false),
        make("q-tenure", position, "How long have you been with the organisation?", QuestionType::SingleChoice, true, false, {"Less than 1 year", "1 to 3 years", "3 to 5 years", "5 to 10 years", "More than 10 years"}),
        make("q-responsibilities", position, "Role and responsibilities", QuestionType::LongText, true, false),
        make("q-communication", position, "What is your preferred method of communication?", QuestionType::MultipleChoice, true, true, {"Virtual", "In person", "Email", "Phone"}),
        make("q-strengths", objectives, "What are your greatest strengths?", QuestionType::LongText, true, true),
        make("q-develop", objectives, "What areas would you like to develop in?", QuestionType::LongText, true, true),
        make("q-challenges", objectives, "What are some challenges you are experiencing or trying to overcome in your current role?", QuestionType::LongText, false, false),
        make("q-experiences", objectives, "Describe any unique experiences you have in your position (e.g., leading a project)", QuestionType::LongText, false, false),
        make("q-ideal", objectives, "Describe your ideal mentor or mentee relationship", QuestionType::LongText, false, true, {}, "Interpersonal fit matters most in reverse mentoring: say how you like to work together."),
        make("q-describe", about, "Describe yourself", QuestionType::LongText, true, true),
        make("q-three-years", about, "What would you like to be doing in 3 years?", QuestionType::LongText, false, false),
        make("q-passions", about, "What are your top passions in your personal life?", QuestionType::LongText, false, true),
        make("q-balance", about, "What does your current work-life balance look like?", QuestionType::LongText, false, false),
        make("q-time", about, "How much time are you able to commit to this, and how will you balance it with your professional and work/life needs?", QuestionType::LongText, true, true),
        make("q-meaning", together, "What does reverse mentoring mean to you as a mentor and/or mentee?", QuestionType::LongText, true, false),
    };
    // The template's personal questions are discussed with the partner and given to
    // HR (seed 003): the match partner and the admin read them, nobody else.
    for (Question& question : questions) {
        for (std::string_view id : {"q-strengths", "q-develop", "q-challenges", "q-describe", "q-three-years", "q-passions", "q-balance", "q-time", "q-meaning"}) {
            if (question.id.value == id)
                question.readers = privacy::Readers::PartnerAndAdmin;
        }
    }
    return questions;
}

}
