// Exceptions of the client that are not generated from the spec.
//
// A server fault is a supvisors::Fault; faults.hpp (generated) has one subclass per fault code of
// the spec. Anything else that goes wrong with a call is a ClientError: TransportError (the server
// could not be reached, refused the credentials, answered HTTP errors or timed out) or DecodeError
// (the reply does not have the shape that the spec describes).
#pragma once

#include <stdexcept>
#include <string>

namespace supvisors {

/// An XML-RPC fault returned by the server: a code and a text.
class Fault : public std::runtime_error {
public:
    Fault(int code, std::string text);

    int code() const noexcept { return code_; }
    const std::string& text() const noexcept { return text_; }

private:
    int code_;
    std::string text_;
};

/// Not a server fault: the request did not get a usable answer.
class ClientError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The server could not be reached, refused the credentials, or answered an HTTP error or too late.
class TransportError : public ClientError {
public:
    using ClientError::ClientError;
};

/// The reply is not XML-RPC, or does not have the shape that the spec describes; the message names
/// the place (e.g. "supervisor.getState.statecode").
class DecodeError : public ClientError {
public:
    using ClientError::ClientError;
};

}  // namespace supvisors
