// Caller: what the generated namespace classes call through. Client implements it over HTTP; tests
// implement it with recorded replies.
#pragma once

#include <string>

#include <xmlrpc-c/base.hpp>

namespace supvisors {

class Caller {
public:
    virtual ~Caller() = default;

    /// Send one call; return the result, or throw a Fault (generated subclass), TransportError or
    /// DecodeError.
    virtual xmlrpc_c::value call(const std::string& method, const xmlrpc_c::paramList& params) = 0;
};

}  // namespace supvisors
