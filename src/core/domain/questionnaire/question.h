// The questionnaire feature: the registration questions a program asks, which roles
// they are for, and whether matching reads them (seed 003's questionnaire is the
// default). Depends on: core/base.
#pragma once

#include "core/base/ids.h"
#include "core/domain/privacy/readers.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace turnabout::questionnaire {

using QuestionId = Id<struct QuestionIdTag>;

enum class QuestionType {
    ShortText,
    LongText,
    SingleChoice,
    MultipleChoice,
    Scale,
    Date,
    Number,
};

enum class Audience {
    Everyone,
    Mentors,
    Mentees,
};

std::string_view question_type_name(QuestionType type);
std::string_view question_type_label(QuestionType type);
std::optional<QuestionType> question_type_from_name(std::string_view name);
std::string_view audience_name(Audience audience);
std::optional<Audience> audience_from_name(std::string_view name);

inline constexpr std::size_t MAX_QUESTIONS = 100;
inline constexpr std::size_t MAX_QUESTION_LENGTH = 300;
inline constexpr std::size_t MAX_OPTIONS = 30;
inline constexpr std::size_t MAX_OPTION_LENGTH = 100;
inline constexpr std::size_t MAX_SHORT_ANSWER = 200;
inline constexpr std::size_t MAX_LONG_ANSWER = 4000;

struct Question {
    QuestionId id;
    std::string section;
    std::string text;
    std::string help;
    QuestionType type = QuestionType::ShortText;
    // Choice questions: the choices. Scale questions: the labels of the two ends.
    std::vector<std::string> options;
    int scale_min = 1;
    int scale_max = 5;
    bool required = false;
    Audience audience = Audience::Everyone;
    bool matching_criterion = false;
    // Who reads the answers besides the person (core/domain/privacy): answers not for
    // everyone are sealed to their readers.
    privacy::Readers readers = privacy::Readers::Everyone;

    bool operator==(const Question&) const = default;
};

// An answer is its values as text: one for text, date ("2027-01-31"), number, scale
// and single choice; any number for multiple choice. Empty: not answered.
struct Answer {
    std::vector<std::string> values;

    bool empty() const { return values.empty() || (values.size() == 1 && values[0].empty()); }
    bool operator==(const Answer&) const = default;
};

// Commands.
struct AddQuestion {
    Question question;
};
struct UpdateQuestion {
    Question question;
};
struct RemoveQuestion {
    QuestionId id;
};
// Moves a question to `position` (0 is first) in the list.
struct MoveQuestion {
    QuestionId id;
    std::size_t position = 0;
};

// Events.
struct QuestionAdded {
    static constexpr std::string_view TYPE = "QuestionAdded";
    Question question;

    bool operator==(const QuestionAdded&) const = default;
};
struct QuestionUpdated {
    static constexpr std::string_view TYPE = "QuestionUpdated";
    Question question;

    bool operator==(const QuestionUpdated&) const = default;
};
struct QuestionRemoved {
    static constexpr std::string_view TYPE = "QuestionRemoved";
    QuestionId id;

    bool operator==(const QuestionRemoved&) const = default;
};
struct QuestionMoved {
    static constexpr std::string_view TYPE = "QuestionMoved";
    QuestionId id;
    std::size_t position = 0;

    bool operator==(const QuestionMoved&) const = default;
};

// The reverse-mentoring template's questionnaire (seed 003), complete. Name, job
// title, department and the mentor-or-mentee choice are asked by the join form itself.
std::vector<Question> default_questionnaire();

}
