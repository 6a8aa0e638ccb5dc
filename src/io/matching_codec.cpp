#include "io/matching_codec.h"

#include "core/domain/matching/criteria.h"
#include "io/sealing.h"
#include "io/value_codec.h"

namespace turnabout::io {

namespace {

constexpr std::size_t MAX_CRITERIA = 200;

std::vector<PersonId> decode_people(const Json& value, const std::string& path, std::size_t max_items)
{
    std::vector<PersonId> out;
    for (const std::string& id : decode_strings(value, path, max_items))
        out.push_back(PersonId{id});
    return out;
}

}

bool decode_flag(const Json& value, const char* key, const std::string& path)
{
    auto it = value.find(key);
    if (it == value.end() || !it->is_boolean())
        throw DecodeError(path + "." + key + ": expected true or false");
    return it->get<bool>();
}

Json encode(const matching::MatchingSettings& s)
{
    Json criteria = Json::array();
    for (const matching::CriterionSetting& c : s.criteria)
        criteria.push_back(Json{{"key", matching::criterion_key_name(c.key)}, {"weight", c.weight}, {"threshold", c.threshold}, {"prefer_different", c.prefer_different}});
    return Json{{"criteria", criteria}, {"reporting_depth", s.reporting_depth}, {"level_gap", s.level_gap}, {"exclude_previous_partners", s.exclude_previous_partners}, {"browse_hidden", s.browse_hidden},
        {"requests", Json{{"remind_after_days", s.requests.remind_after_days}, {"close_after_days", s.requests.close_after_days}, {"mentor_offers", s.requests.mentor_offers}}}};
}

matching::MatchingSettings decode_matching_settings(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"criteria", "reporting_depth", "level_gap", "exclude_previous_partners", "browse_hidden", "requests"});
    matching::MatchingSettings s;
    const Json& criteria = r.array("criteria");
    if (criteria.size() > MAX_CRITERIA)
        throw DecodeError(path + ".criteria: more than " + std::to_string(MAX_CRITERIA) + " criteria");
    for (const Json& item : criteria) {
        const std::string item_path = path + ".criteria[]";
        ObjectReader c(item, item_path);
        c.allow_only({"key", "weight", "threshold", "prefer_different"});
        auto key_name = c.string("key");
        auto key = matching::criterion_key_from_name(key_name);
        if (!key)
            throw DecodeError(item_path + ".key: \"" + key_name + "\" is not a criterion");
        matching::CriterionSetting setting;
        setting.key = *key;
        setting.weight = static_cast<int>(c.signed_int("weight", 0, matching::MAX_WEIGHT));
        setting.threshold = static_cast<int>(c.signed_int("threshold", 0, 100));
        setting.prefer_different = decode_flag(item, "prefer_different", item_path);
        s.criteria.push_back(setting);
    }
    s.reporting_depth = static_cast<int>(r.signed_int("reporting_depth", 0, matching::MAX_REPORTING_DEPTH));
    s.level_gap = static_cast<int>(r.signed_int("level_gap", 0, matching::MAX_LEVEL_GAP));
    s.exclude_previous_partners = decode_flag(value, "exclude_previous_partners", path);
    s.browse_hidden = decode_flag(value, "browse_hidden", path);
    // Files from before requests had time rules keep the defaults.
    if (r.has("requests")) {
        const std::string rules_path = path + ".requests";
        const Json& rules = r.object("requests");
        ObjectReader q(rules, rules_path);
        q.allow_only({"remind_after_days", "close_after_days", "mentor_offers"});
        s.requests.remind_after_days = static_cast<int>(q.signed_int("remind_after_days", 0, matching::MAX_REQUEST_DAYS));
        s.requests.close_after_days = static_cast<int>(q.signed_int("close_after_days", 0, matching::MAX_REQUEST_DAYS));
        s.requests.mentor_offers = decode_flag(rules, "mentor_offers", rules_path);
    }
    return s;
}

Json encode(const matching::NewMatch& m)
{
    return Json{{"id", m.id.value}, {"mentor", m.mentor.value}, {"mentee", m.mentee.value}};
}

matching::NewMatch decode_new_match(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"id", "mentor", "mentee"});
    return matching::NewMatch{matching::MatchId{r.string("id")}, PersonId{r.string("mentor")}, PersonId{r.string("mentee")}};
}

Json encode(const matching::PairKey& p)
{
    return Json{{"mentor", p.mentor.value}, {"mentee", p.mentee.value}};
}

matching::PairKey decode_pair(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"mentor", "mentee"});
    return matching::PairKey{PersonId{r.string("mentor")}, PersonId{r.string("mentee")}};
}

Json encode(const matching::Match& m)
{
    Json out{{"id", m.id.value}, {"match_type", m.match_type.value}, {"mentor", m.mentor.value}, {"mentee", m.mentee.value}, {"start", format_iso_date(m.start)}, {"end", format_iso_date(m.end)}, {"state", std::string(matching::match_state_name(m.state))}};
    if (m.state != matching::MatchState::Active)
        out["ended"] = Json{{"on", format_iso_date(m.ended)}, {"by", m.ended_by.value}, {"reason", m.end_reason.stored()}};
    if (m.extension) {
        Json agreed = Json::array();
        for (const PersonId& p : m.extension->agreed)
            agreed.push_back(p.value);
        out["extension"] = Json{{"proposed_by", m.extension->proposed_by.value}, {"new_end", format_iso_date(m.extension->new_end)}, {"note", m.extension->note.stored()}, {"proposed_on", format_iso_date(m.extension->proposed_on)}, {"agreed", agreed}};
    }
    return out;
}

matching::Match decode_match(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"id", "match_type", "mentor", "mentee", "start", "end", "state", "ended", "extension"});
    matching::Match m;
    m.id = matching::MatchId{r.string("id")};
    m.match_type = program::MatchTypeId{r.string("match_type")};
    m.mentor = PersonId{r.string("mentor")};
    m.mentee = PersonId{r.string("mentee")};
    m.start = decode_date(r.string("start"), path + ".start");
    m.end = decode_date(r.string("end"), path + ".end");
    auto state = matching::match_state_from_name(r.string("state"));
    if (!state)
        throw DecodeError(path + ".state: unknown match state");
    m.state = *state;
    if (r.has("ended")) {
        ObjectReader e(r.object("ended"), path + ".ended");
        e.allow_only({"on", "by", "reason"});
        m.ended = decode_date(e.string("on"), path + ".ended.on");
        m.ended_by = ActorId{e.string("by")};
        m.end_reason = private_text_from_file(e.string("reason"));
    }
    if (r.has("extension")) {
        ObjectReader x(r.object("extension"), path + ".extension");
        x.allow_only({"proposed_by", "new_end", "note", "proposed_on", "agreed"});
        matching::Extension extension;
        extension.proposed_by = ActorId{x.string("proposed_by")};
        extension.new_end = decode_date(x.string("new_end"), path + ".extension.new_end");
        extension.note = private_text_from_file(x.string("note"));
        extension.proposed_on = decode_date(x.string("proposed_on"), path + ".extension.proposed_on");
        for (const PersonId& p : decode_people(x.array("agreed"), path + ".extension.agreed", 2))
            extension.agreed.insert(p);
        m.extension = std::move(extension);
    }
    return m;
}

Json encode_mentee_mentors(const std::vector<std::pair<PersonId, std::vector<PersonId>>>& lists)
{
    Json out = Json::array();
    for (const auto& [mentee, mentors] : lists) {
        Json ids = Json::array();
        for (const PersonId& m : mentors)
            ids.push_back(m.value);
        out.push_back(Json{{"mentee", mentee.value}, {"mentors", ids}});
    }
    return out;
}

std::vector<std::pair<PersonId, std::vector<PersonId>>> decode_mentee_mentors(const Json& value, const std::string& path)
{
    if (!value.is_array())
        throw DecodeError(path + ": expected a list");
    if (value.size() > matching::MAX_MATCHES_PER_COMMAND)
        throw DecodeError(path + ": more than " + std::to_string(matching::MAX_MATCHES_PER_COMMAND) + " items");
    std::vector<std::pair<PersonId, std::vector<PersonId>>> out;
    for (const Json& item : value) {
        ObjectReader r(item, path + "[]");
        r.allow_only({"mentee", "mentors"});
        out.emplace_back(PersonId{r.string("mentee")}, decode_people(r.array("mentors"), path + "[].mentors", matching::MAX_RECOMMENDATIONS));
    }
    return out;
}

}
