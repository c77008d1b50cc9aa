// Transport of Client: xmlrpc-c's client_xml over the curl transport, with basic auth and a timeout.
//
// xmlrpc-c's clientSimple is not used: it loses the fault code and cannot authenticate.
#include "supvisors/client.hpp"

#include <xmlrpc-c/base.h>
#include <xmlrpc-c/client.hpp>
#include <xmlrpc-c/client_transport.hpp>

#include "supvisors/caller.hpp"

namespace supvisors {

namespace {

constexpr std::size_t kMaxReplyBytes = 64 * 1024 * 1024;  // xmlrpc-c's default (512 KiB) is short for logs

std::string endpoint(std::string url) {
    while (!url.empty() && url.back() == '/') url.pop_back();
    const std::string suffix = "/RPC2";
    if (url.size() < suffix.size() || url.compare(url.size() - suffix.size(), suffix.size(), suffix) != 0) {
        url += suffix;
    }
    return url;
}

/// The curl transport, watched: client_xml throws the same exception type for a transport failure
/// and for a reply that is not XML-RPC, and this tells them apart.
class WatchedTransport : public xmlrpc_c::clientXmlTransport {
public:
    enum class Stage { NotCalled, Failed, Answered };

    explicit WatchedTransport(std::chrono::milliseconds timeout)
        : curl_(xmlrpc_c::clientXmlTransport_curl::constrOpt().timeout(
              static_cast<unsigned int>(timeout.count()))) {}

    void call(xmlrpc_c::carriageParm* carriage, const std::string& call_xml, std::string* response_xml) override {
        stage_ = Stage::Failed;
        curl_.call(carriage, call_xml, response_xml);
        stage_ = Stage::Answered;
    }

    void reset() { stage_ = Stage::NotCalled; }
    Stage stage() const { return stage_; }

private:
    xmlrpc_c::clientXmlTransport_curl curl_;
    Stage stage_ = Stage::NotCalled;
};

}  // namespace

struct Client::Impl : Caller {
    Impl(std::string url_, const std::string& user, const std::string& password, std::chrono::milliseconds timeout)
        : url(endpoint(std::move(url_))), transport(timeout), client(&transport), carriage(url) {
        if (!user.empty()) {
            carriage.setUser(user, password);
            carriage.allowAuthBasic();
        }
    }

    xmlrpc_c::value call(const std::string& method, const xmlrpc_c::paramList& params) override {
        xmlrpc_c::rpcOutcome outcome;
        transport.reset();
        try {
            client.call(&carriage, method, params, &outcome);
        } catch (const std::exception& exc) {
            switch (transport.stage()) {
                case WatchedTransport::Stage::Failed:
                    throw TransportError(method + ": " + url + ": " + exc.what());
                case WatchedTransport::Stage::Answered:
                    throw DecodeError(method + ": the reply is not a valid XML-RPC response: " + exc.what());
                case WatchedTransport::Stage::NotCalled:
                    break;
            }
            throw ClientError(method + ": the call cannot be sent: " + exc.what());
        }
        if (!outcome.succeeded()) {
            const xmlrpc_c::fault fault = outcome.getFault();
            throw_fault(fault.getCode(), fault.getDescription());
        }
        return outcome.getResult();
    }

    std::string url;
    WatchedTransport transport;
    xmlrpc_c::client_xml client;
    xmlrpc_c::carriageParm_curl0 carriage;
    System system{*this};
    Supervisor supervisor{*this};
    Supvisors supvisors{*this};
};

Client::Client(std::string url, std::string user, std::string password, std::chrono::milliseconds timeout) {
    xmlrpc_limit_set(XMLRPC_XML_SIZE_LIMIT_ID, kMaxReplyBytes);
    impl_ = std::make_unique<Impl>(std::move(url), user, password, timeout);
}

Client::~Client() = default;
Client::Client(Client&&) noexcept = default;
Client& Client::operator=(Client&&) noexcept = default;

System& Client::system() { return impl_->system; }
Supervisor& Client::supervisor() { return impl_->supervisor; }
Supvisors& Client::supvisors() { return impl_->supvisors; }
const std::string& Client::url() const { return impl_->url; }

}  // namespace supvisors
