#include "core/domain/program/settings.h"

#include "core/domain/program/program.h"

namespace turnabout::program {

std::string_view program_type_name(ProgramType type)
{
    switch (type) {
    case ProgramType::Mentorship:
        return "mentorship";
    case ProgramType::ReverseMentorship:
        return "reverse_mentorship";
    case ProgramType::ColleagueConnect:
        return "colleague_connect";
    case ProgramType::Group:
        return "group";
    }
    return "mentorship";
}

std::string_view program_type_label(ProgramType type)
{
    switch (type) {
    case ProgramType::Mentorship:
        return "Mentorship (1:1)";
    case ProgramType::ReverseMentorship:
        return "Reverse mentorship (1:1)";
    case ProgramType::ColleagueConnect:
        return "Colleague Connect (peers)";
    case ProgramType::Group:
        return "Group";
    }
    return "Mentorship (1:1)";
}

std::optional<ProgramType> program_type_from_name(std::string_view name)
{
    for (auto type : {ProgramType::Mentorship, ProgramType::ReverseMentorship, ProgramType::ColleagueConnect, ProgramType::Group}) {
        if (program_type_name(type) == name)
            return type;
    }
    return std::nullopt;
}

std::string_view matching_process_name(MatchingProcess process)
{
    switch (process) {
    case MatchingProcess::AdminLed:
        return "admin_led";
    case MatchingProcess::UserLed:
        return "user_led";
    case MatchingProcess::UserLedWithApproval:
        return "user_led_with_approval";
    case MatchingProcess::AdminRouted:
        return "admin_routed";
    }
    return "user_led_with_approval";
}

std::string_view matching_process_label(MatchingProcess process)
{
    switch (process) {
    case MatchingProcess::AdminLed:
        return "Admin-led";
    case MatchingProcess::UserLed:
        return "User-led";
    case MatchingProcess::UserLedWithApproval:
        return "User-led with approval";
    case MatchingProcess::AdminRouted:
        return "Admin-routed";
    }
    return "User-led with approval";
}

std::optional<MatchingProcess> matching_process_from_name(std::string_view name)
{
    for (auto process : {MatchingProcess::AdminLed, MatchingProcess::UserLed, MatchingProcess::UserLedWithApproval, MatchingProcess::AdminRouted}) {
        if (matching_process_name(process) == name)
            return process;
    }
    return std::nullopt;
}

bool offers_reverse_requests(ProgramType type)
{
    return type == ProgramType::Mentorship || type == ProgramType::ReverseMentorship;
}

std::string_view reverse_requests_unavailable_reason(ProgramType type)
{
    switch (type) {
    case ProgramType::ColleagueConnect:
        return "Colleague Connect pairs peers: nobody is a mentor, so there is no reverse direction to request in.";
    case ProgramType::Group:
        return "In a Group program one mentor leads several mentees together; mentees join the group, a mentor does not pick them one by one.";
    default:
        return "";
    }
}

MatchType default_match_type(ProgramType type, MatchTypeId id)
{
    MatchType match_type;
    match_type.id = std::move(id);
    match_type.process = MatchingProcess::UserLedWithApproval;
    switch (type) {
    case ProgramType::Mentorship:
        match_type.name = "Mentorship";
        match_type.mentor_label = "Mentor";
        match_type.mentee_label = "Mentee";
        break;
    case ProgramType::ReverseMentorship:
        match_type.name = "Reverse mentorship";
        match_type.mentor_label = "Reverse mentor";
        match_type.mentee_label = "Senior mentee";
        match_type.mentors_can_request_mentees = true;
        break;
    case ProgramType::ColleagueConnect:
        match_type.name = "Colleague Connect";
        match_type.mentor_label = "Colleague";
        match_type.mentee_label = "Colleague";
        match_type.process = MatchingProcess::UserLed;
        break;
    case ProgramType::Group:
        match_type.name = "Group mentoring";
        match_type.mentor_label = "Group leader";
        match_type.mentee_label = "Group member";
        match_type.process = MatchingProcess::AdminLed;
        match_type.limits.mentees_per_mentor = 8;
        break;
    }
    return match_type;
}

Setup reverse_mentoring_template(Date start, MatchTypeId match_type)
{
    Setup setup;
    setup.type = ProgramType::ReverseMentorship;
    setup.basics.name = "Reverse mentoring";
    setup.basics.about = "Reverse mentoring flips the usual relationship: a junior member of the organisation mentors a senior one. "
                         "Pairs meet regularly over one year, set goals together and hold at least 12 significant discussions "
                         "of 30 minutes or more on culture, technology, work-life balance and whatever the mentee wants to learn. "
                         "Confidentiality is kept, no one is matched within their reporting line, and either side can ask to be reassigned without blame.";
    setup.basics.purpose = "Help senior members gain insights and perspectives they may not otherwise be exposed to because of the organisation's hierarchy, "
                           "and give junior members a voice.";
    setup.basics.goals = {
        "Empower junior members of the organisation to share their ideas, thoughts and knowledge",
        "Enhance the use of technology (staying current with social media trends, understanding the tools colleagues use every day)",
        "Understand different perceptions within the organisation",
        "Help with staff retention",
    };
    setup.basics.start = start;
    setup.basics.end = add_years(start, 1);
    setup.match_types.push_back(default_match_type(ProgramType::ReverseMentorship, std::move(match_type)));
    return setup;
}

const MatchType* Program::match_type(const MatchTypeId& id) const
{
    for (const MatchType& match_type : match_types) {
        if (match_type.id == id)
            return &match_type;
    }
    return nullptr;
}

}
