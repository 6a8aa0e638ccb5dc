// JSON for the requests feature and a match's life: requests as a snapshot holds
// them, and the bodies of their events. Decoders throw DecodeError naming the path.
// Depends on: io/json_input.h, core/domain/requests, core/domain/matching.
#pragma once

#include "core/domain/matching/matching.h"
#include "core/domain/requests/request.h"
#include "io/json_input.h"

#include <optional>

namespace turnabout::io {

Json encode(const requests::Request& request);
requests::Request decode_request(const Json& value, const std::string& path);
Json encode(const matching::Reassignment& reassignment);
matching::Reassignment decode_reassignment(const Json& value, const std::string& path);

Json encode_request_ids(const std::vector<requests::RequestId>& ids);
std::vector<requests::RequestId> decode_request_ids(const Json& value, const std::string& path);
Json encode_ranked(const std::vector<requests::RankedChoice>& ranked);
std::vector<requests::RankedChoice> decode_ranked(const Json& value, const std::string& path);
requests::RequestKind decode_request_kind(const std::string& name, const std::string& path);
requests::DeclineReason decode_decline_reason(const std::string& name, const std::string& path);

}
