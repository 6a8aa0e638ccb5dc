#include "io/admin_note_codec.h"

#include "io/json_input.h"

namespace turnabout::io {

namespace {

constexpr std::string_view REASSIGNMENT_KIND = "reassignment";

}

std::string encode_admin_note(const match_life::AdminNote& note)
{
    return Json{{"kind", std::string(REASSIGNMENT_KIND)}, {"match", note.match.value}, {"text", note.text}}.dump();
}

std::optional<match_life::AdminNote> decode_admin_note(std::string_view text)
{
    auto parsed = parse_untrusted_json(text);
    if (!parsed)
        return std::nullopt;
    try {
        ObjectReader r(*parsed, "note");
        r.allow_only({"kind", "match", "text"});
        if (r.string("kind") != REASSIGNMENT_KIND)
            return std::nullopt;
        return match_life::AdminNote{match_life::AdminNote::Kind::Reassignment, matching::MatchId{r.string("match")}, r.string("text")};
    } catch (const DecodeError&) {
        return std::nullopt;
    }
}

}
