// Events and their envelopes as JSON: `{id:{device,seq}, lamport, author,
// recorded_at, schema, type, body}`. Depends on: io/json_input.h, core/log.
#pragma once

#include "core/log/envelope.h"
#include "io/json_input.h"

namespace turnabout::io {

Json encode_envelope(const Envelope& envelope);
// Throws DecodeError naming `path` and the field.
Envelope decode_envelope(const Json& value, const std::string& path);

}
