// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// xmlrpc-c codecs of the spec's enums and structs (see wire.hpp for scalars and arrays).
#pragma once

#include <string>

#include <xmlrpc-c/base.hpp>

#include "supvisors/enums.hpp"
#include "supvisors/structs.hpp"
#include "supvisors/wire.hpp"

namespace supvisors::wire {

template <>
struct Codec<SupvisorsStates> : EnumCodec<SupvisorsStates> {};

template <>
struct Codec<AddressStates> : EnumCodec<AddressStates> {};

template <>
struct Codec<ApplicationStates> : EnumCodec<ApplicationStates> {};

template <>
struct Codec<ProcessStates> : EnumCodec<ProcessStates> {};

template <>
struct Codec<SupervisorStates> : EnumCodec<SupervisorStates> {};

template <>
struct Codec<DeploymentStrategies> : EnumCodec<DeploymentStrategies> {};

template <>
struct Codec<ConciliationStrategies> : EnumCodec<ConciliationStrategies> {};

template <>
struct Codec<SupervisorState> {
    static SupervisorState decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const SupervisorState& v);
};

template <>
struct Codec<ProcessInfo> {
    static ProcessInfo decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const ProcessInfo& v);
};

template <>
struct Codec<ProcessStatus> {
    static ProcessStatus decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const ProcessStatus& v);
};

template <>
struct Codec<ConfigInfo> {
    static ConfigInfo decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const ConfigInfo& v);
};

template <>
struct Codec<LogTail> {
    static LogTail decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const LogTail& v);
};

template <>
struct Codec<ConfigChanges> {
    static ConfigChanges decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const ConfigChanges& v);
};

template <>
struct Codec<MulticallRequest> {
    static MulticallRequest decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const MulticallRequest& v);
};

template <>
struct Codec<SupvisorsState> {
    static SupvisorsState decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const SupvisorsState& v);
};

template <>
struct Codec<AddressInfo> {
    static AddressInfo decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const AddressInfo& v);
};

template <>
struct Codec<ApplicationInfo> {
    static ApplicationInfo decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const ApplicationInfo& v);
};

template <>
struct Codec<SupvisorsProcessInfo> {
    static SupvisorsProcessInfo decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const SupvisorsProcessInfo& v);
};

template <>
struct Codec<ProcessRules> {
    static ProcessRules decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const ProcessRules& v);
};

template <>
struct Codec<Conflict> {
    static Conflict decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const Conflict& v);
};

}  // namespace supvisors::wire
