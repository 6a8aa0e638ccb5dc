// JSON for the matching feature's values: settings with their criteria, new matches,
// pairs, matches and pushed recommendations. Decoders throw DecodeError naming the
// path. Depends on: io/json_input.h, core/domain/matching.
#pragma once

#include "core/domain/matching/matching.h"
#include "io/json_input.h"

namespace turnabout::io {

Json encode(const matching::MatchingSettings& settings);
Json encode(const matching::NewMatch& match);
Json encode(const matching::PairKey& pair);
Json encode(const matching::Match& match);
Json encode_mentee_mentors(const std::vector<std::pair<PersonId, std::vector<PersonId>>>& lists);

matching::MatchingSettings decode_matching_settings(const Json& value, const std::string& path);
matching::NewMatch decode_new_match(const Json& value, const std::string& path);
matching::PairKey decode_pair(const Json& value, const std::string& path);
matching::Match decode_match(const Json& value, const std::string& path);
std::vector<std::pair<PersonId, std::vector<PersonId>>> decode_mentee_mentors(const Json& value, const std::string& path);
bool decode_flag(const Json& value, const char* key, const std::string& path);

}
