// The testee's dispatch table (dispatch.cpp is generated from the spec).
#pragma once

#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "supvisors/client.hpp"

namespace supvisors::testee {

/// Decode the JSON params, call the typed method, return the result in the wire shape; throws
/// RequestError for params that do not fit, and whatever the typed call throws.
using Handler = std::function<nlohmann::json(Client&, const nlohmann::json&)>;

/// Full method name ("supvisors.get_all_process_info") -> handler, for every method of the spec.
const std::map<std::string, Handler>& dispatch_table();

}  // namespace supvisors::testee
