// Typed events: strict decoding of each topic (spec/events.yaml), the JSON parser, and the
// EventSubscriber against a local ZeroMQ PUB socket that stands for a node's event port.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include <zmq.hpp>

#include "supvisors/events.hpp"
#include "supvisors/json_value.hpp"
#include "supvisors/subscriber.hpp"

namespace sv = supvisors;
using namespace std::chrono_literals;

namespace {

const std::string kProcess =
    R"({"application_name": "demo", "process_name": "ticker", "statecode": 0, "statename": "STOPPED",)"
    R"( "addresses": [], "expected_exit": true, "last_event_time": 1700000000, "address": "10.0.0.2"})";
const std::string kAddress =
    R"({"address_name": "10.0.0.3", "statecode": 3, "statename": "SILENT", "remote_time": 1700000000,)"
    R"( "local_time": 1700000001, "loading": 0})";
const std::string kApplication =
    R"({"application_name": "demo", "statecode": 0, "statename": "UNKNOWN", "major_failure": false,)"
    R"( "minor_failure": false, "removed": true})";
const std::string kSupvisors = R"({"statecode": 3, "statename": "CONCILIATION", "master": "10.0.0.1"})";

std::string decode_error(const std::string& topic, const std::string& body) {
    try {
        sv::decode_event(topic, body);
    } catch (const sv::DecodeError& exc) {
        return exc.what();
    }
    return "<no error>";
}

}  // namespace

TEST(Events, TopicsAreTheSpecs) {
    ASSERT_EQ(sv::kEventTopics.size(), 4u);
    EXPECT_STREQ(sv::kEventTopics[0], "supvisors");
    EXPECT_STREQ(sv::kEventTopics[3], "process");
}

TEST(Events, EachTopicDecodesIntoItsTypedEvent) {
    const sv::Event event = sv::decode_event("process", kProcess);
    EXPECT_EQ(sv::topic_of(event), "process");
    const auto& process = std::get<sv::ProcessEvent>(event);
    EXPECT_EQ(process.body.statecode, sv::ProcessStates::STOPPED);
    EXPECT_TRUE(process.body.addresses.empty());
    EXPECT_EQ(process.address, "10.0.0.2");
    EXPECT_FALSE(process.removed.has_value());
    EXPECT_EQ(process.body.last_event_time, std::chrono::system_clock::time_point(std::chrono::seconds(1700000000)));
    // the wire shape survives typed decoding
    EXPECT_EQ(sv::wire::Codec<sv::ProcessEvent>::decode(sv::encode_event(event), "again"), process);
    const auto address = std::get<sv::AddressEvent>(sv::decode_event("address", kAddress));
    EXPECT_EQ(address.body.statecode, sv::AddressStates::SILENT);
    const auto application = std::get<sv::ApplicationEvent>(sv::decode_event("application", kApplication));
    EXPECT_EQ(application.removed, std::optional<bool>(true));
    const auto state = std::get<sv::SupvisorsEvent>(sv::decode_event("supvisors", kSupvisors));
    EXPECT_EQ(state.body.statecode, sv::SupvisorsStates::CONCILIATION);
    EXPECT_EQ(state.master, "10.0.0.1");
}

TEST(Events, AMalformedEventIsADecodeError) {
    EXPECT_NE(decode_error("nope", "{}").find("unknown event topic 'nope'"), std::string::npos);
    EXPECT_NE(decode_error("process", "{not json").find("event process: not JSON"), std::string::npos);
    EXPECT_NE(decode_error("process", "{\"a\": 1} x").find("trailing data"), std::string::npos);
    EXPECT_NE(decode_error("process", "{\"a\": 1, \"a\": 2}").find("duplicate key"), std::string::npos);
    EXPECT_NE(decode_error("process", "\"\xff\"").find("not UTF-8"), std::string::npos);
    EXPECT_NE(decode_error("supvisors", R"({"statecode": NaN, "statename": "x", "master": ""})").find("not JSON"),
              std::string::npos);
    EXPECT_NE(decode_error("process", "[]").find("SupvisorsProcessInfo"), std::string::npos);
    EXPECT_NE(decode_error("supvisors", R"({"statecode": 2, "statename": "OPERATION"})").find("missing field 'master'"),
              std::string::npos);
    EXPECT_NE(decode_error("supvisors", R"({"statecode": 2.0, "statename": "OPERATION", "master": ""})")
                  .find("event supvisors.statecode"),
              std::string::npos);
    EXPECT_NE(decode_error("supvisors", R"({"statecode": 4294967296, "statename": "OPERATION", "master": ""})")
                  .find("event supvisors.statecode"),
              std::string::npos);
    EXPECT_NE(decode_error("supvisors", R"({"statecode": 2, "statename": "OPERATION", "master": 7})")
                  .find("event supvisors.master"),
              std::string::npos);
    EXPECT_NE(decode_error("supvisors", R"({"statecode": 9, "statename": "OPERATION", "master": ""})").find("9"),
              std::string::npos);
}

TEST(Events, JsonStrings) {
    const auto v = sv::wire::parse_json(R"("a\"\u00e9\u20ac\n")", "t");
    EXPECT_EQ(xmlrpc_c::value_string(v).cvalue(), "a\"\xc3\xa9\xe2\x82\xac\n");
    // a pair of surrogates is valid JSON, but xmlrpc-c strings hold only the Basic Multilingual Plane
    EXPECT_THROW(sv::wire::parse_json(R"("\ud83d\ude00")", "t"), sv::DecodeError);
    EXPECT_THROW(sv::wire::parse_json(R"("\ud83d")", "t"), sv::DecodeError);
    EXPECT_THROW(sv::wire::parse_json("01", "t"), sv::DecodeError);
    EXPECT_THROW(sv::wire::parse_json("-", "t"), sv::DecodeError);
    EXPECT_THROW(sv::wire::parse_json("[1,]", "t"), sv::DecodeError);
    EXPECT_EQ(xmlrpc_c::value_int(sv::wire::parse_json(" -12 ", "t")).cvalue(), -12);
}

namespace {

/// Publishes frames until the subscriber gets an event (its subscription may take a moment).
sv::Event until_received(sv::EventSubscriber& sub, zmq::socket_t& pub, const std::string& topic,
                         const std::string& body) {
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (std::chrono::steady_clock::now() < deadline) {
        pub.send(zmq::buffer(topic), zmq::send_flags::sndmore);
        pub.send(zmq::buffer(body), zmq::send_flags::none);
        if (auto event = sub.next(50ms)) return *event;
    }
    throw std::runtime_error("no event came through");
}

void drain(sv::EventSubscriber& sub) {
    while (sub.next(50ms)) {
    }
}

}  // namespace

TEST(EventSubscriber, GetsTypedEventsOfItsTopicsAndGoesOnAfterAMalformedOne) {
    zmq::context_t ctx;
    zmq::socket_t pub(ctx, zmq::socket_type::pub);
    pub.set(zmq::sockopt::linger, 0);
    pub.bind("tcp://127.0.0.1:*");
    const std::string last = pub.get(zmq::sockopt::last_endpoint);
    const int port = std::stoi(last.substr(last.rfind(':') + 1));
    sv::EventSubscriber sub("127.0.0.1", port, {"process", "supvisors"});
    EXPECT_TRUE(sub.wait_connected(5s));
    const auto event = until_received(sub, pub, "process", kProcess);
    EXPECT_EQ(std::get<sv::ProcessEvent>(event).address, "10.0.0.2");
    drain(sub);
    pub.send(zmq::str_buffer("address"), zmq::send_flags::sndmore);  // not subscribed
    pub.send(zmq::buffer(kAddress), zmq::send_flags::none);
    pub.send(zmq::str_buffer("process"), zmq::send_flags::sndmore);
    pub.send(zmq::str_buffer("{broken"), zmq::send_flags::none);
    EXPECT_THROW(sub.next(5000ms), sv::DecodeError);
    pub.send(zmq::str_buffer("process"), zmq::send_flags::sndmore);
    pub.send(zmq::str_buffer("{}"), zmq::send_flags::sndmore);
    pub.send(zmq::str_buffer("third"), zmq::send_flags::none);
    EXPECT_THROW(sub.next(5000ms), sv::DecodeError);
    pub.send(zmq::str_buffer("supvisors"), zmq::send_flags::sndmore);
    pub.send(zmq::buffer(kSupvisors), zmq::send_flags::none);
    const auto state = sub.next(5000ms);
    ASSERT_TRUE(state.has_value());
    EXPECT_TRUE(std::holds_alternative<sv::SupvisorsEvent>(*state));
    EXPECT_FALSE(sub.next(50ms).has_value());  // a timeout is nullopt, not an error
    pub.send(zmq::str_buffer("supvisors"), zmq::send_flags::sndmore);
    pub.send(zmq::buffer(kSupvisors), zmq::send_flags::none);
    std::vector<std::string> topics;
    EXPECT_EQ(sub.run([&](const sv::Event& e) { topics.push_back(sv::topic_of(e)); return false; }, 5000ms), 1);
    EXPECT_EQ(topics, std::vector<std::string>{"supvisors"});
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(sub.run([](const sv::Event&) { return true; }, 200ms), 0);
    EXPECT_GE(std::chrono::steady_clock::now() - start, 150ms);
}

TEST(EventSubscriber, CurveWithTheNodesPublicKey) {
    char public_key[41];
    char secret_key[41];
    ASSERT_EQ(zmq_curve_keypair(public_key, secret_key), 0);
    zmq::context_t ctx;
    zmq::socket_t pub(ctx, zmq::socket_type::pub);
    pub.set(zmq::sockopt::linger, 0);
    pub.set(zmq::sockopt::curve_server, true);
    pub.set(zmq::sockopt::curve_secretkey, std::string(secret_key));
    pub.bind("tcp://127.0.0.1:*");
    const std::string last = pub.get(zmq::sockopt::last_endpoint);
    const int port = std::stoi(last.substr(last.rfind(':') + 1));
    sv::EventSubscriber sub("127.0.0.1", port, {}, public_key);
    EXPECT_TRUE(sub.wait_connected(5s));
    EXPECT_TRUE(std::holds_alternative<sv::SupvisorsEvent>(until_received(sub, pub, "supvisors", kSupvisors)));
    sv::EventSubscriber plain("127.0.0.1", port);  // no key: no handshake
    EXPECT_FALSE(plain.wait_connected(500ms));
}

TEST(EventSubscriber, BadArgumentsAndAnAbsentNode) {
    EXPECT_THROW(sv::EventSubscriber("127.0.0.1", 65002, {"proc"}), std::invalid_argument);
    EXPECT_THROW(sv::EventSubscriber("127.0.0.1", 0), std::invalid_argument);
    sv::EventSubscriber sub("127.0.0.1", 9);
    EXPECT_FALSE(sub.wait_connected(200ms));
    EXPECT_FALSE(sub.next(50ms).has_value());
    sub.close();
    EXPECT_THROW(sub.next(10ms), sv::TransportError);
}
