#include "io/value_codec.h"

namespace turnabout::io {

namespace {

// No list in a Turnabout file is longer than this; a longer one is refused early.
constexpr std::size_t MAX_LIST = 1000;

bool boolean(const ObjectReader& r, const Json& value, const char* key)
{
    auto it = value.find(key);
    if (it == value.end() || !it->is_boolean())
        throw DecodeError(r.path() + "." + key + ": expected true or false");
    return it->get<bool>();
}

}

Json encode_strings(const std::vector<std::string>& items)
{
    Json out = Json::array();
    for (const std::string& item : items)
        out.push_back(item);
    return out;
}

std::vector<std::string> decode_strings(const Json& value, const std::string& path, std::size_t max_items)
{
    if (!value.is_array())
        throw DecodeError(path + ": expected a list");
    if (value.size() > max_items)
        throw DecodeError(path + ": more than " + std::to_string(max_items) + " items");
    std::vector<std::string> out;
    for (const Json& item : value) {
        if (!item.is_string())
            throw DecodeError(path + ": expected a list of texts");
        out.push_back(item.get<std::string>());
    }
    return out;
}

Date decode_date(const std::string& text, const std::string& path)
{
    auto date = parse_iso_date(text);
    if (!date)
        throw DecodeError(path + ": \"" + text + "\" is not a date (YYYY-MM-DD)");
    return *date;
}

Json encode(const people::PersonDetails& d)
{
    return Json{{"name", d.name}, {"email", d.email}, {"job_title", d.job_title}, {"department", d.department}, {"level", d.level}, {"role", std::string(people::role_name(d.role))}};
}

people::PersonDetails decode_details(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"name", "email", "job_title", "department", "level", "role"});
    people::PersonDetails d;
    d.name = r.string("name");
    d.email = r.string("email");
    d.job_title = r.string("job_title");
    d.department = r.string("department");
    d.level = static_cast<int>(r.signed_int("level", people::MIN_LEVEL, people::MAX_LEVEL));
    auto role_text = r.string("role");
    auto role = people::role_from_name(role_text);
    if (!role)
        throw DecodeError(path + ".role: \"" + role_text + "\" is not mentor, mentee or both");
    d.role = *role;
    return d;
}

Json encode(const people::Profile& p)
{
    return Json{{"manager", p.manager.value}, {"location", p.location}, {"time_zone", p.time_zone}, {"skills_offered", encode_strings(p.skills_offered)}, {"skills_wanted", encode_strings(p.skills_wanted)}, {"interests", encode_strings(p.interests)}, {"availability", p.availability}, {"capacity", p.capacity}, {"paused", p.paused}};
}

people::Profile decode_profile(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"manager", "location", "time_zone", "skills_offered", "skills_wanted", "interests", "availability", "capacity", "paused"});
    people::Profile p;
    p.manager = PersonId{r.string("manager")};
    p.location = r.string("location");
    p.time_zone = r.string("time_zone");
    p.skills_offered = decode_strings(r.array("skills_offered"), path + ".skills_offered", MAX_LIST);
    p.skills_wanted = decode_strings(r.array("skills_wanted"), path + ".skills_wanted", MAX_LIST);
    p.interests = decode_strings(r.array("interests"), path + ".interests", MAX_LIST);
    p.availability = r.string("availability");
    p.capacity = static_cast<int>(r.signed_int("capacity", 0, people::MAX_CAPACITY));
    p.paused = boolean(r, value, "paused");
    return p;
}

Json encode(const people::Answers& answers)
{
    Json out = Json::object();
    for (const auto& [id, answer] : answers)
        out[id.value] = encode_strings(answer.values);
    return out;
}

people::Answers decode_answers(const Json& value, const std::string& path)
{
    if (!value.is_object())
        throw DecodeError(path + ": expected an object");
    if (value.size() > MAX_LIST)
        throw DecodeError(path + ": too many answers");
    people::Answers out;
    for (const auto& [key, answer] : value.items())
        out[questionnaire::QuestionId{key}] = questionnaire::Answer{decode_strings(answer, path + "." + key, MAX_LIST)};
    return out;
}

Json encode(const questionnaire::Question& q)
{
    Json out{{"id", q.id.value}, {"section", q.section}, {"text", q.text}, {"help", q.help}, {"type", std::string(questionnaire::question_type_name(q.type))}, {"options", encode_strings(q.options)}, {"scale_min", q.scale_min}, {"scale_max", q.scale_max}, {"required", q.required}, {"audience", std::string(questionnaire::audience_name(q.audience))}, {"matching_criterion", q.matching_criterion}};
    // Absent means everyone: questions of an older Turnabout keep their bytes.
    if (q.readers != privacy::Readers::Everyone)
        out["readers"] = std::string(privacy::readers_name(q.readers));
    return out;
}

questionnaire::Question decode_question(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"id", "section", "text", "help", "type", "options", "scale_min", "scale_max", "required", "audience", "matching_criterion", "readers"});
    questionnaire::Question q;
    q.id = questionnaire::QuestionId{r.string("id")};
    q.section = r.string("section");
    q.text = r.string("text");
    q.help = r.string("help");
    auto type = questionnaire::question_type_from_name(r.string("type"));
    if (!type)
        throw DecodeError(path + ".type: unknown question type (made by a newer Turnabout?)");
    q.type = *type;
    q.options = decode_strings(r.array("options"), path + ".options", MAX_LIST);
    q.scale_min = static_cast<int>(r.signed_int("scale_min", -1000, 1000));
    q.scale_max = static_cast<int>(r.signed_int("scale_max", -1000, 1000));
    q.required = boolean(r, value, "required");
    auto audience = questionnaire::audience_from_name(r.string("audience"));
    if (!audience)
        throw DecodeError(path + ".audience: not everyone, mentors or mentees");
    q.audience = *audience;
    q.matching_criterion = boolean(r, value, "matching_criterion");
    if (r.has("readers")) {
        auto readers = privacy::readers_from_name(r.string("readers"));
        if (!readers || *readers == privacy::Readers::Everyone)
            throw DecodeError(path + ".readers: partner_and_admin or admin_only (everyone is written by leaving it out)");
        q.readers = *readers;
    }
    return q;
}

Json encode(const program::MatchType& m)
{
    return Json{{"id", m.id.value}, {"name", m.name}, {"mentor_label", m.mentor_label}, {"mentee_label", m.mentee_label}, {"process", std::string(program::matching_process_name(m.process))}, {"mentors_can_request_mentees", m.mentors_can_request_mentees}, {"limits", Json{{"pending_requests_per_person", m.limits.pending_requests_per_person}, {"mentees_per_mentor", m.limits.mentees_per_mentor}, {"mentors_per_mentee", m.limits.mentors_per_mentee}}}};
}

program::MatchType decode_match_type(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"id", "name", "mentor_label", "mentee_label", "process", "mentors_can_request_mentees", "limits"});
    program::MatchType m;
    m.id = program::MatchTypeId{r.string("id")};
    m.name = r.string("name");
    m.mentor_label = r.string("mentor_label");
    m.mentee_label = r.string("mentee_label");
    auto process = program::matching_process_from_name(r.string("process"));
    if (!process)
        throw DecodeError(path + ".process: unknown matching process");
    m.process = *process;
    m.mentors_can_request_mentees = boolean(r, value, "mentors_can_request_mentees");
    ObjectReader limits(r.object("limits"), path + ".limits");
    limits.allow_only({"pending_requests_per_person", "mentees_per_mentor", "mentors_per_mentee"});
    m.limits.pending_requests_per_person = static_cast<int>(limits.signed_int("pending_requests_per_person", 0, 1000));
    m.limits.mentees_per_mentor = static_cast<int>(limits.signed_int("mentees_per_mentor", 0, 1000));
    m.limits.mentors_per_mentee = static_cast<int>(limits.signed_int("mentors_per_mentee", 0, 1000));
    return m;
}

Json encode(const program::Basics& b)
{
    return Json{{"name", b.name}, {"about", b.about}, {"purpose", b.purpose}, {"goals", encode_strings(b.goals)}, {"start", format_iso_date(b.start)}, {"end", format_iso_date(b.end)}, {"support_contact", b.support_contact}};
}

program::Basics decode_basics(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"name", "about", "purpose", "goals", "start", "end", "support_contact"});
    program::Basics b;
    b.name = r.string("name");
    b.about = r.string("about");
    b.purpose = r.string("purpose");
    b.goals = decode_strings(r.array("goals"), path + ".goals", MAX_LIST);
    b.start = decode_date(r.string("start"), path + ".start");
    b.end = decode_date(r.string("end"), path + ".end");
    b.support_contact = r.string("support_contact");
    return b;
}

Json encode(const program::RegistrationSettings& s)
{
    return Json{{"approval_required", s.approval_required}, {"mentors_may_join", s.mentors_may_join}, {"mentees_may_join", s.mentees_may_join}, {"both_may_join", s.both_may_join}};
}

program::RegistrationSettings decode_registration(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"approval_required", "mentors_may_join", "mentees_may_join", "both_may_join"});
    return program::RegistrationSettings{boolean(r, value, "approval_required"), boolean(r, value, "mentors_may_join"), boolean(r, value, "mentees_may_join"), boolean(r, value, "both_may_join")};
}

Json encode(const program::Terminology& t)
{
    return Json{{"mentor", t.mentor}, {"mentors", t.mentors}, {"mentee", t.mentee}, {"mentees", t.mentees}, {"connection", t.connection}, {"connections", t.connections}};
}

program::Terminology decode_terminology(const Json& value, const std::string& path)
{
    ObjectReader r(value, path);
    r.allow_only({"mentor", "mentors", "mentee", "mentees", "connection", "connections"});
    return program::Terminology{r.string("mentor"), r.string("mentors"), r.string("mentee"), r.string("mentees"), r.string("connection"), r.string("connections")};
}

program::ProgramType decode_program_type(const std::string& name, const std::string& path)
{
    auto type = program::program_type_from_name(name);
    if (!type)
        throw DecodeError(path + ": \"" + name + "\" is not a program type this version knows");
    return *type;
}

}
