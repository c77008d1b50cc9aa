// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// The `system` namespace: XML-RPC introspection and batching, served by supervisord for every namespace.
#pragma once

#include <string>
#include <vector>

#include "supvisors/enums.hpp"
#include "supvisors/structs.hpp"
#include "supvisors/value.hpp"

namespace supvisors {

class Caller;

/// XML-RPC introspection and batching, served by supervisord for every namespace.
///
/// Every method throws the Fault subclass of a server fault, TransportError or DecodeError.
class System {
public:
    explicit System(Caller& caller) : caller_(caller) {}

    /// Return the names of all methods of all namespaces, sorted.
    ///
    /// @return The full method names.
    std::vector<std::string> listMethods();

    /// Return the documentation of a method.
    ///
    /// @param name Full method name, e.g. 'supvisors.get_api_version'.
    /// @return The method's docstring.
    /// @throws SignatureUnsupported The method has no signature or help.
    std::string methodHelp(const std::string& name);

    /// Return the signature of a method as [return type, parameter types...], read from the @param and
    /// @return tags of its docstring.
    ///
    /// @param name Full method name.
    /// @return The return type, then the parameter types.
    /// @throws SignatureUnsupported The method has no signature or help.
    std::vector<std::string> methodSignature(const std::string& name);

    /// Run several calls in one request. Each result is the call's value, or a struct {faultCode,
    /// faultString} for a call that raised a fault. Nested multicalls are refused.
    ///
    /// @param calls The calls to run, in order.
    /// @return One result per call, in order.
    std::vector<Value> multicall(const std::vector<MulticallRequest>& calls);

private:
    Caller& caller_;
};

}  // namespace supvisors
