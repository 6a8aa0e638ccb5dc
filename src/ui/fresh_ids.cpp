#include "ui/fresh_ids.h"

#include "core/base/clock.h"
#include "platform/native/system.h"

namespace turnabout::ui {

namespace {

std::string fresh_hex()
{
    static SystemRandom random;
    return random_hex_id(random);
}

}

PersonId fresh_person_id()
{
    return PersonId{"u-" + fresh_hex()};
}

program::MatchTypeId fresh_match_type_id()
{
    return program::MatchTypeId{"m-" + fresh_hex()};
}

questionnaire::QuestionId fresh_question_id()
{
    return questionnaire::QuestionId{"q-" + fresh_hex()};
}

matching::MatchId fresh_match_id()
{
    return matching::MatchId{"x-" + fresh_hex()};
}

}
