// The socket plumbing of EventSubscriber, on cppzmq (libzmq); zmq stays out of the public header.
#include "supvisors/subscriber.hpp"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <stdexcept>

#include <zmq.hpp>
#include <zmq_addon.hpp>

#include "supvisors/errors.hpp"

namespace supvisors {

namespace {
std::atomic<int> monitors{0};
}  // namespace

struct EventSubscriber::Impl {
    std::string endpoint;
    std::vector<std::string> topics;
    zmq::context_t context{1};
    zmq::socket_t socket{context, zmq::socket_type::sub};
    zmq::socket_t monitor{context, zmq::socket_type::pair};
    bool connected = false;
};

EventSubscriber::EventSubscriber(const std::string& host, int port, std::vector<std::string> topics,
                                 const std::string& server_key) {
    if (topics.empty()) topics.assign(kEventTopics.begin(), kEventTopics.end());
    for (const auto& topic : topics) {
        if (std::find_if(kEventTopics.begin(), kEventTopics.end(), [&](const char* t) { return topic == t; }) ==
            kEventTopics.end()) {
            throw std::invalid_argument("unknown event topic '" + topic + "'");
        }
    }
    if (port < 1 || port > 65535) throw std::invalid_argument("port must be in [1;65535]: " + std::to_string(port));
    auto impl = std::make_unique<Impl>();
    impl->endpoint = "tcp://" + host + ":" + std::to_string(port);
    impl->topics = topics;
    try {
        impl->socket.set(zmq::sockopt::linger, 0);
        impl->monitor.set(zmq::sockopt::linger, 0);
        if (!server_key.empty()) {
            char public_key[41];
            char secret_key[41];
            if (zmq_curve_keypair(public_key, secret_key) != 0) throw zmq::error_t();
            impl->socket.set(zmq::sockopt::curve_serverkey, server_key);
            impl->socket.set(zmq::sockopt::curve_publickey, std::string(public_key));
            impl->socket.set(zmq::sockopt::curve_secretkey, std::string(secret_key));
        }
        const std::string monitor_endpoint = "inproc://supvisors-events-monitor-" + std::to_string(++monitors);
        if (zmq_socket_monitor(impl->socket.handle(), monitor_endpoint.c_str(), ZMQ_EVENT_HANDSHAKE_SUCCEEDED) != 0) {
            throw zmq::error_t();
        }
        impl->monitor.connect(monitor_endpoint);
        for (const auto& topic : topics) {  // no topic is a prefix of another (checked by the spec's model)
            impl->socket.set(zmq::sockopt::subscribe, topic);
        }
        impl->socket.connect(impl->endpoint);
    } catch (const zmq::error_t& exc) {
        throw TransportError("cannot subscribe to " + impl->endpoint + ": " + exc.what());
    }
    impl_ = std::move(impl);
}

EventSubscriber::~EventSubscriber() = default;
EventSubscriber::EventSubscriber(EventSubscriber&&) noexcept = default;
EventSubscriber& EventSubscriber::operator=(EventSubscriber&&) noexcept = default;

const std::string& EventSubscriber::endpoint() const { return impl_->endpoint; }
const std::vector<std::string>& EventSubscriber::topics() const { return impl_->topics; }

void EventSubscriber::close() {
    if (impl_) {
        impl_->monitor.close();
        impl_->socket.close();
    }
}

bool EventSubscriber::wait_connected(std::chrono::milliseconds timeout) {
    if (!impl_ || !impl_->socket) throw TransportError("the subscriber is closed");
    if (impl_->connected) return true;
    zmq::pollitem_t items[] = {{impl_->monitor.handle(), 0, ZMQ_POLLIN, 0}};
    if (zmq::poll(items, 1, std::max(timeout, std::chrono::milliseconds(0))) > 0) {
        std::vector<zmq::message_t> frames;  // the only event monitored: the handshake succeeded
        (void)zmq::recv_multipart(impl_->monitor, std::back_inserter(frames), zmq::recv_flags::dontwait);
        impl_->connected = true;
    }
    return impl_->connected;
}

std::optional<Event> EventSubscriber::next(std::optional<std::chrono::milliseconds> timeout) {
    if (!impl_ || !impl_->socket) throw TransportError("the subscriber is closed");
    zmq::pollitem_t items[] = {{impl_->socket.handle(), 0, ZMQ_POLLIN, 0}};
    const auto wait = timeout ? std::max(*timeout, std::chrono::milliseconds(0)) : std::chrono::milliseconds(-1);
    if (zmq::poll(items, 1, wait) <= 0) return std::nullopt;
    std::vector<zmq::message_t> frames;
    if (!zmq::recv_multipart(impl_->socket, std::back_inserter(frames), zmq::recv_flags::dontwait)) {
        return std::nullopt;
    }
    if (frames.size() != 2) {
        throw DecodeError("event from " + impl_->endpoint + ": " + std::to_string(frames.size()) +
                          " frames, expected 2 (topic, body)");
    }
    return decode_event(frames[0].to_string(), frames[1].to_string());
}

int EventSubscriber::run(const std::function<bool(const Event&)>& callback,
                         std::optional<std::chrono::milliseconds> timeout) {
    using clock = std::chrono::steady_clock;
    const auto deadline = timeout ? std::optional<clock::time_point>(clock::now() + *timeout) : std::nullopt;
    int count = 0;
    while (true) {
        std::optional<std::chrono::milliseconds> left;
        if (deadline) {
            left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - clock::now());
            if (left->count() <= 0) return count;
        }
        auto event = next(left);
        if (!event) continue;
        ++count;
        if (!callback(*event)) return count;
    }
}

}  // namespace supvisors
