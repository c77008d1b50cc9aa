// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// Typed events of the event stream (spec/events.yaml): one struct per topic, whose `body` is the
// reply struct of the XML-RPC side and whose other members are the topic's extra keys. The socket
// plumbing is supvisors::EventSubscriber (subscriber.hpp).
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <xmlrpc-c/base.hpp>

#include "supvisors/codec.hpp"
#include "supvisors/structs.hpp"

namespace supvisors {

/// Topic `supvisors`: The Supvisors state or the master of the publishing node changed.
struct SupvisorsEvent {
    /// The topic frame of this event.
    static constexpr const char* topic = "supvisors";
    /// The body: State of Supvisors.
    SupvisorsState body{};
    /// Address of the master node; empty while no master is elected.
    std::string master{};
};

inline bool operator==(const SupvisorsEvent& a, const SupvisorsEvent& b) {
    return a.body == b.body && a.master == b.master;
}

inline bool operator!=(const SupvisorsEvent& a, const SupvisorsEvent& b) { return !(a == b); }

/// Topic `address`: A node changed state (e.g. RUNNING, then SILENT when it stops answering).
struct AddressEvent {
    /// The topic frame of this event.
    static constexpr const char* topic = "address";
    /// The body: Information about one Supvisors node.
    AddressInfo body{};
};

inline bool operator==(const AddressEvent& a, const AddressEvent& b) {
    return a.body == b.body;
}

inline bool operator!=(const AddressEvent& a, const AddressEvent& b) { return !(a == b); }

/// Topic `application`: An application changed: published after the process events that changed it. An
/// application that left the view (its last process was removed) is published once more, UNKNOWN, with
/// `removed` true.
struct ApplicationEvent {
    /// The topic frame of this event.
    static constexpr const char* topic = "application";
    /// The body: Information about one application.
    ApplicationInfo body{};
    /// True when the application left the view; absent otherwise. May be absent.
    std::optional<bool> removed{};
};

inline bool operator==(const ApplicationEvent& a, const ApplicationEvent& b) {
    return a.body == b.body && a.removed == b.removed;
}

inline bool operator!=(const ApplicationEvent& a, const ApplicationEvent& b) { return !(a == b); }

/// Topic `process`: A process changed state, or where it runs, on any node of the cluster. `address` names
/// the node where the change happened (`addresses` is empty once the process is stopped, so it is the only
/// way to tell which node stopped). A process that left the view (no node reports it any more) is published
/// once more, UNKNOWN, with no address in `addresses` and `removed` true.
struct ProcessEvent {
    /// The topic frame of this event.
    static constexpr const char* topic = "process";
    /// The body: Where a process runs in the cluster. A complement of supervisor's ProcessInfo. More than one
    /// address means that a conflict is in progress.
    SupvisorsProcessInfo body{};
    /// The node where the change happened: the node whose report (a process event or a snapshot) changed the
    /// process, the node that was lost (its processes become UNKNOWN), or the node that marked the process (a
    /// start that failed, a stop that timed out).
    std::string address{};
    /// True when the process left the view; absent otherwise. May be absent.
    std::optional<bool> removed{};
};

inline bool operator==(const ProcessEvent& a, const ProcessEvent& b) {
    return a.body == b.body && a.address == b.address && a.removed == b.removed;
}

inline bool operator!=(const ProcessEvent& a, const ProcessEvent& b) { return !(a == b); }

/// Any typed event (std::visit it, or std::get_if the topic's struct).
using Event = std::variant<SupvisorsEvent, AddressEvent, ApplicationEvent, ProcessEvent>;

/// Every topic of the stream, in the spec's order. No topic is a prefix of another.
inline constexpr std::array<const char*, 4> kEventTopics{ "supvisors", "address", "application", "process" };

/// The topic of an event, e.g. "process".
std::string topic_of(const Event& event);

/// The typed event of one message (topic frame, JSON body frame). Throws DecodeError for an
/// unknown topic, a body that is not UTF-8 JSON, or a JSON body that does not fit the topic's struct.
Event decode_event(const std::string& topic, const std::string& body);

/// The event body in its wire shape (the body struct's members plus the extra ones).
xmlrpc_c::value encode_event(const Event& event);

}  // namespace supvisors

namespace supvisors::wire {

template <>
struct Codec<SupvisorsEvent> {
    static SupvisorsEvent decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const SupvisorsEvent& v);
};

template <>
struct Codec<AddressEvent> {
    static AddressEvent decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const AddressEvent& v);
};

template <>
struct Codec<ApplicationEvent> {
    static ApplicationEvent decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const ApplicationEvent& v);
};

template <>
struct Codec<ProcessEvent> {
    static ProcessEvent decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const ProcessEvent& v);
};

}  // namespace supvisors::wire
