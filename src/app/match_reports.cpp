#include "app/match_reports.h"

#include "core/base/text.h"
#include "core/domain/matching/scoring_model.h"
#include "io/csv.h"

namespace turnabout {

Result<const program::MatchType*> match_type_named(const ProgramState& state, std::string_view name_or_id)
{
    if (!state.program)
        return make_error("no_program", "the file holds no program");
    std::string wanted = ascii_lower(trim(name_or_id));
    std::string known;
    for (const program::MatchType& type : state.program->match_types) {
        if (type.id.value == name_or_id || ascii_lower(type.name) == wanted)
            return &type;
        known += (known.empty() ? "" : ", ") + ("\"" + type.name + "\" (" + type.id.value + ")");
    }
    return make_error("match_type_unknown", "no match type \"" + std::string(name_or_id) + "\"; this program has " + known);
}

std::string scores_csv(const ProgramState& state, const program::MatchType& match_type)
{
    matching::ScoringModel model(state, match_type);
    std::string out = io::csv_line({"mentee_id", "mentee", "mentor_id", "mentor", "score", "rule", "reason", "mentee_places", "mentor_places"});
    std::vector<std::int16_t> row(model.mentors().size());
    for (std::size_t i = 0; i < model.mentees().size(); ++i) {
        model.score_row(static_cast<int>(i), row);
        const people::Person& mentee = *model.mentees()[i];
        for (std::size_t j = 0; j < model.mentors().size(); ++j) {
            const people::Person& mentor = *model.mentors()[j];
            std::string score;
            std::string rule;
            std::string reason;
            if (row[j] == matching::EXCLUDED) {
                if (auto e = model.exclusion(static_cast<int>(i), static_cast<int>(j))) {
                    rule = std::string(matching::exclusion_rule_name(e->rule));
                    reason = e->reason;
                }
            } else {
                score = std::to_string(row[j]);
            }
            out += io::csv_line({mentee.id.value, mentee.details.name, mentor.id.value, mentor.details.name, score, rule, reason, std::to_string(model.mentee_room(static_cast<int>(i))), std::to_string(model.mentor_room(static_cast<int>(j)))});
        }
    }
    return out;
}

}
