#include "supvisors/errors.hpp"

namespace supvisors {

Fault::Fault(int code, std::string text)
    : std::runtime_error("[" + std::to_string(code) + "] " + text), code_(code), text_(std::move(text)) {}

}  // namespace supvisors
