// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
#include "supvisors/events.hpp"

#include <map>
#include <type_traits>

#include "supvisors/errors.hpp"
#include "supvisors/json_value.hpp"

namespace supvisors {

std::string topic_of(const Event& event) {
    return std::visit([](const auto& e) { return std::string(std::decay_t<decltype(e)>::topic); }, event);
}

Event decode_event(const std::string& topic, const std::string& body) {
    if (topic == SupvisorsEvent::topic) {
        const std::string where = "event supvisors";
        return wire::Codec<SupvisorsEvent>::decode(wire::parse_json(body, where), where);
    }
    if (topic == AddressEvent::topic) {
        const std::string where = "event address";
        return wire::Codec<AddressEvent>::decode(wire::parse_json(body, where), where);
    }
    if (topic == ApplicationEvent::topic) {
        const std::string where = "event application";
        return wire::Codec<ApplicationEvent>::decode(wire::parse_json(body, where), where);
    }
    if (topic == ProcessEvent::topic) {
        const std::string where = "event process";
        return wire::Codec<ProcessEvent>::decode(wire::parse_json(body, where), where);
    }
    throw DecodeError("unknown event topic '" + topic.substr(0, 80) + "' (known: supvisors, address, application, process)");
}

xmlrpc_c::value encode_event(const Event& event) {
    return std::visit([](const auto& e) { return wire::Codec<std::decay_t<decltype(e)>>::encode(e); }, event);
}

}  // namespace supvisors

namespace supvisors::wire {

SupvisorsEvent Codec<SupvisorsEvent>::decode(const xmlrpc_c::value& v, const std::string& where) {
    SupvisorsEvent out;
    out.body = Codec<SupvisorsState>::decode(v, where);
    const xmlrpc_c::cstruct members = as_struct(v, where, "SupvisorsEvent");
    out.master = field<std::string>(members, "master", where, "SupvisorsEvent");
    return out;
}

xmlrpc_c::value Codec<SupvisorsEvent>::encode(const SupvisorsEvent& v) {
    xmlrpc_c::cstruct members = xmlrpc_c::value_struct(Codec<SupvisorsState>::encode(v.body)).cvalue();
    members.emplace("master", Codec<std::string>::encode(v.master));
    return xmlrpc_c::value_struct(members);
}

AddressEvent Codec<AddressEvent>::decode(const xmlrpc_c::value& v, const std::string& where) {
    AddressEvent out;
    out.body = Codec<AddressInfo>::decode(v, where);
    return out;
}

xmlrpc_c::value Codec<AddressEvent>::encode(const AddressEvent& v) {
    xmlrpc_c::cstruct members = xmlrpc_c::value_struct(Codec<AddressInfo>::encode(v.body)).cvalue();
    return xmlrpc_c::value_struct(members);
}

ApplicationEvent Codec<ApplicationEvent>::decode(const xmlrpc_c::value& v, const std::string& where) {
    ApplicationEvent out;
    out.body = Codec<ApplicationInfo>::decode(v, where);
    const xmlrpc_c::cstruct members = as_struct(v, where, "ApplicationEvent");
    out.removed = optional_field<bool>(members, "removed", where);
    return out;
}

xmlrpc_c::value Codec<ApplicationEvent>::encode(const ApplicationEvent& v) {
    xmlrpc_c::cstruct members = xmlrpc_c::value_struct(Codec<ApplicationInfo>::encode(v.body)).cvalue();
    if (v.removed) members.emplace("removed", Codec<bool>::encode(*v.removed));
    return xmlrpc_c::value_struct(members);
}

ProcessEvent Codec<ProcessEvent>::decode(const xmlrpc_c::value& v, const std::string& where) {
    ProcessEvent out;
    out.body = Codec<SupvisorsProcessInfo>::decode(v, where);
    const xmlrpc_c::cstruct members = as_struct(v, where, "ProcessEvent");
    out.address = field<std::string>(members, "address", where, "ProcessEvent");
    out.removed = optional_field<bool>(members, "removed", where);
    return out;
}

xmlrpc_c::value Codec<ProcessEvent>::encode(const ProcessEvent& v) {
    xmlrpc_c::cstruct members = xmlrpc_c::value_struct(Codec<SupvisorsProcessInfo>::encode(v.body)).cvalue();
    members.emplace("address", Codec<std::string>::encode(v.address));
    if (v.removed) members.emplace("removed", Codec<bool>::encode(*v.removed));
    return xmlrpc_c::value_struct(members);
}

}  // namespace supvisors::wire
