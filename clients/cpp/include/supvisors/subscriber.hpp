// EventSubscriber: the event stream of one Supvisors node (its ZeroMQ PUB socket at `event_port`),
// typed. Each message (two frames: topic, JSON body) becomes the event struct of its topic
// (supvisors::ProcessEvent, AddressEvent, ...: events.hpp, generated from spec/events.yaml), whose
// `body` is the same struct that the XML-RPC methods return.
//
//     supvisors::EventSubscriber sub("127.0.0.1", 65002, {"process"});
//     if (auto event = sub.next(std::chrono::seconds(5))) {            // std::nullopt: nothing came
//         if (auto* p = std::get_if<supvisors::ProcessEvent>(&*event)) std::cout << p->address;
//     }
//     sub.run([](const supvisors::Event& e) { return true; }, std::chrono::minutes(1));
//
// A malformed message throws supvisors::DecodeError, as a malformed reply does on the RPC side; the
// subscriber stays usable. ZeroMQ connects in the background and reconnects by itself: the subscriber
// gets the events published once its subscription reached the node (wait_connected tells when the
// connection is up), never earlier ones. A subscriber belongs to one thread, as its socket does.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "supvisors/events.hpp"

namespace supvisors {

class EventSubscriber {
public:
    /// Subscribe to topics (names of kEventTopics; empty: every topic) of the node at host:port.
    /// server_key: the node's CURVE public key (Z85, 40 characters) when the node has `event_curve`
    /// set, else empty; the subscriber then uses a fresh key pair of its own.
    /// Throws std::invalid_argument for an unknown topic or a port out of [1;65535], TransportError if
    /// ZeroMQ refuses the endpoint or the key.
    EventSubscriber(const std::string& host, int port, std::vector<std::string> topics = {},
                    const std::string& server_key = "");
    ~EventSubscriber();
    EventSubscriber(EventSubscriber&&) noexcept;
    EventSubscriber& operator=(EventSubscriber&&) noexcept;
    EventSubscriber(const EventSubscriber&) = delete;
    EventSubscriber& operator=(const EventSubscriber&) = delete;

    /// Wait up to timeout until the connection to the node is up (its ZeroMQ handshake done); true if
    /// it is. Events published after that reach this subscriber.
    bool wait_connected(std::chrono::milliseconds timeout);

    /// The next event; std::nullopt if none came within timeout (no timeout: wait as long as it
    /// takes). Throws DecodeError for a malformed message (it is consumed: the next call reads the
    /// next one), TransportError once closed.
    std::optional<Event> next(std::optional<std::chrono::milliseconds> timeout = std::nullopt);

    /// Call callback(event) for each event until it returns false or timeout has passed (no timeout:
    /// no limit); return the number of events delivered. A malformed message throws DecodeError.
    int run(const std::function<bool(const Event&)>& callback,
            std::optional<std::chrono::milliseconds> timeout = std::nullopt);

    /// The node's endpoint, e.g. "tcp://127.0.0.1:65002".
    const std::string& endpoint() const;
    /// The topics subscribed to.
    const std::vector<std::string>& topics() const;

    /// Close the socket (also done by the destructor).
    void close();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace supvisors
