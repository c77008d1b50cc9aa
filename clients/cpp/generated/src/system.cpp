// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
#include "supvisors/system.hpp"

#include "supvisors/caller.hpp"
#include "supvisors/codec.hpp"

namespace supvisors {

std::vector<std::string> System::listMethods() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<std::string>>(caller_.call("system.listMethods", params), "system.listMethods");
}

std::string System::methodHelp(const std::string& name) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    return wire::decode<std::string>(caller_.call("system.methodHelp", params), "system.methodHelp");
}

std::vector<std::string> System::methodSignature(const std::string& name) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    return wire::decode<std::vector<std::string>>(caller_.call("system.methodSignature", params), "system.methodSignature");
}

std::vector<Value> System::multicall(const std::vector<MulticallRequest>& calls) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::vector<MulticallRequest>>(calls));
    return wire::decode<std::vector<Value>>(caller_.call("system.multicall", params), "system.multicall");
}

}  // namespace supvisors
