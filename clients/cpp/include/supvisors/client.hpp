// Client: the typed client of one Supvisors node (one supervisord), with its three namespaces.
//
//     supvisors::Client client("http://127.0.0.1:60000", "user", "password");
//     supvisors::SupervisorState state = client.supervisor().getState();
//     for (const auto& info : client.supvisors().get_all_process_info()) ...
//
// Every call throws a supvisors::Fault subclass (faults.hpp) for a server fault, a TransportError
// when the server cannot be reached or answers HTTP errors, and a DecodeError when the reply does
// not fit the spec. A Client is not thread-safe: use one per thread.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "supvisors/enums.hpp"
#include "supvisors/errors.hpp"
#include "supvisors/faults.hpp"
#include "supvisors/methods.hpp"
#include "supvisors/structs.hpp"
#include "supvisors/supervisor.hpp"
#include "supvisors/supvisors.hpp"
#include "supvisors/system.hpp"
#include "supvisors/value.hpp"
#include "supvisors/version.hpp"

namespace supvisors {

class Client {
public:
    /// url: "http://host:port" ("/RPC2" is appended unless present). An empty user sends no
    /// credentials. timeout bounds each call: give calls with wait=true room for the operation.
    /// xmlrpc-c's curl transport rounds it to whole seconds with some slack (a 500 ms timeout
    /// fires after about 3 s, 5 s after about 6 s).
    explicit Client(std::string url, std::string user = "", std::string password = "",
                    std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~Client();
    Client(Client&&) noexcept;
    Client& operator=(Client&&) noexcept;
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    /// The `system` namespace: introspection and multicall.
    System& system();
    /// The `supervisor` namespace: supervisor's own API on this node.
    Supervisor& supervisor();
    /// The `supvisors` namespace: the cluster API.
    Supvisors& supvisors();

    /// The endpoint, ending with /RPC2.
    const std::string& url() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace supvisors
