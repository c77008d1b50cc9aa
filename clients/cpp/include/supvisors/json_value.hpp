// Strict JSON (RFC 8259) into xmlrpc-c values, for the event bodies: they are then decoded by the
// same codecs as the XML-RPC replies (codec.hpp), so an event and a reply fail the same way.
#pragma once

#include <string>

#include <xmlrpc-c/base.hpp>

namespace supvisors::wire {

/// Parse one JSON document (UTF-8) into the value that xmlrpc-c would hold: an integral number that
/// fits 32 bits is an int (a larger one an i8, which the int codecs refuse), a number with a fraction
/// or an exponent a double, true/false a boolean, a string a string, an array an array, an object a
/// struct, null a nil. Throws DecodeError naming `where` and the offset for anything else (bad UTF-8,
/// NaN, trailing data, a duplicate key, a lone surrogate, and a character outside the Basic
/// Multilingual Plane, which xmlrpc-c strings cannot hold).
xmlrpc_c::value parse_json(const std::string& text, const std::string& where);

}  // namespace supvisors::wire
