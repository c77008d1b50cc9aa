// supvisors_testee URL USER PASSWORD: the C++ client's testee of the cross-language suite.
//
// Reads one JSON request per line on stdin: {"id":..,"method":"supvisors.get_all_process_info","params":[..]}
// and writes one JSON response per line on stdout:
//   {"id":..,"result":<value in the wire shape>}
//   {"id":..,"fault":{"code":N,"text":"...","type":"supvisors::BadName"}}  (type: the typed exception's class)
//   {"id":..,"error":{"kind":"transport"|"decode"|"request","text":"..."}}
// Logs go to stderr; exit 0 on EOF. The call goes through the typed API (dispatch.cpp).
// SUPVISORS_TESTEE_TIMEOUT_MS overrides the per-call timeout (default 60000).
#include <cstdlib>
#include <cxxabi.h>
#include <memory>
#include <optional>
#include <stdexcept>
#include <variant>
#include <vector>
#include <typeinfo>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "dispatch.hpp"
#include "json_codec.hpp"
#include "json_wire.hpp"
#include "supvisors/subscriber.hpp"

namespace {

using nlohmann::json;
using supvisors::testee::RequestError;

// The dynamic class of the typed exception, demangled ("supvisors::BadName").
std::string type_name(const std::exception& exc) {
    int status = 0;
    const char* mangled = typeid(exc).name();
    std::unique_ptr<char, void (*)(void*)> name(abi::__cxa_demangle(mangled, nullptr, nullptr, &status), std::free);
    return status == 0 && name ? std::string(name.get()) : std::string(mangled);
}

json error(const json& id, const char* kind, const std::string& text) {
    return {{"id", id}, {"error", {{"kind", kind}, {"text", text}}}};
}

// The event calls (tests/PROTOCOL.md, "Events") through the typed EventSubscriber:
// events.subscribe [host, port, topics], events.next [timeout_ms] ({"topic", "body"} or null),
// events.close [].
std::optional<supvisors::EventSubscriber> subscriber;

json events(const std::string& method, const json& params) {
    if (method == "events.subscribe") {
        if (!params.is_array() || params.size() != 3 || !params[0].is_string() || !params[1].is_number_integer() ||
            !params[2].is_array()) {
            throw RequestError("events.subscribe: params are [host, port, topics]");
        }
        std::vector<std::string> topics;
        for (const auto& topic : params[2]) {
            if (!topic.is_string()) throw RequestError("events.subscribe: topics are strings");
            topics.push_back(topic.get<std::string>());
        }
        subscriber.reset();
        try {
            subscriber.emplace(params[0].get<std::string>(), params[1].get<int>(), topics);
        } catch (const std::invalid_argument& exc) {
            throw RequestError(exc.what());
        }
        if (!subscriber->wait_connected(std::chrono::seconds(5))) {
            const std::string endpoint = subscriber->endpoint();
            subscriber.reset();
            throw supvisors::TransportError("no connection to " + endpoint + " within 5 s");
        }
        return true;
    }
    if (method == "events.next") {
        if (!params.is_array() || params.size() != 1 || !params[0].is_number_integer() || params[0].get<long>() < 0) {
            throw RequestError("events.next: params are [timeout_ms]");
        }
        if (!subscriber) throw RequestError("events.next before events.subscribe");
        const auto event = subscriber->next(std::chrono::milliseconds(params[0].get<long>()));
        if (!event) return nullptr;
        json body = std::visit([](const auto& e) { return supvisors::testee::encode_json(e); }, *event);
        return {{"topic", supvisors::topic_of(*event)}, {"body", body}};
    }
    if (method == "events.close" && params.is_array() && params.empty()) {
        subscriber.reset();
        return true;
    }
    throw RequestError("unknown method " + method);
}

json serve(supvisors::Client& client, const std::string& line) {
    json id = nullptr;
    try {
        json request;
        try {
            request = json::parse(line);
        } catch (const json::parse_error& exc) {
            throw RequestError(std::string("not JSON: ") + exc.what());
        }
        if (!request.is_object()) throw RequestError("the request is not a JSON object");
        if (request.contains("id")) id = request["id"];
        const auto method = request.find("method");
        if (method == request.end() || !method->is_string()) throw RequestError("no string 'method'");
        const json params = request.value("params", json::array());
        if (method->get<std::string>().rfind("events.", 0) == 0) {
            return {{"id", id}, {"result", events(method->get<std::string>(), params)}};
        }
        const auto& table = supvisors::testee::dispatch_table();
        const auto handler = table.find(method->get<std::string>());
        if (handler == table.end()) throw RequestError("unknown method " + method->get<std::string>());
        return {{"id", id}, {"result", handler->second(client, params)}};
    } catch (const supvisors::Fault& fault) {
        return {{"id", id}, {"fault", {{"code", fault.code()}, {"text", fault.text()}, {"type", type_name(fault)}}}};
    } catch (const RequestError& exc) {
        return error(id, "request", exc.what());
    } catch (const supvisors::DecodeError& exc) {
        return error(id, "decode", exc.what());
    } catch (const supvisors::TransportError& exc) {
        return error(id, "transport", exc.what());
    } catch (const supvisors::ClientError& exc) {
        return error(id, "request", exc.what());
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: " << argv[0] << " URL USER PASSWORD" << std::endl;
        return 2;
    }
    long timeout_ms = 60000;
    if (const char* env = std::getenv("SUPVISORS_TESTEE_TIMEOUT_MS")) timeout_ms = std::strtol(env, nullptr, 10);
    supvisors::Client client(argv[1], argv[2], argv[3], std::chrono::milliseconds(timeout_ms));
    std::cerr << "[testee-cpp] serving " << client.url() << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const json response = serve(client, line);
        std::cout << response.dump(-1, ' ', false, json::error_handler_t::replace) << '\n' << std::flush;
    }
    subscriber.reset();
    std::cerr << "[testee-cpp] EOF" << std::endl;
    return 0;
}
