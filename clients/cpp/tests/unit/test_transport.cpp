// Client's transport (client_xml + curl) against a fake HTTP server: basic auth, /RPC2, faults with
// their code, and the kinds of errors (transport vs decode).
#include <chrono>

#include <gtest/gtest.h>

#include "fake_http_server.hpp"
#include "recorded_caller.hpp"
#include "supvisors/client.hpp"

namespace sv = supvisors;
using sv::testing::FakeHttpServer;
using sv::testing::recorded;

TEST(Transport, SendsBasicAuthToRpc2AndDecodesTheReply) {
    FakeHttpServer server("200 OK", recorded("getState"));
    sv::Client client(server.url(), "user", "p@ss w0rd");
    EXPECT_EQ(client.supervisor().getState().statecode, sv::SupervisorStates::RUNNING);
    const std::string request = server.last_request();
    EXPECT_EQ(request.rfind("POST /RPC2 HTTP/1.1\r\n", 0), 0u) << request;
    EXPECT_NE(request.find("Authorization: Basic dXNlcjpwQHNzIHcwcmQ="), std::string::npos) << request;
    EXPECT_NE(request.find("<methodName>supervisor.getState</methodName>"), std::string::npos) << request;
}

TEST(Transport, NoUserSendsNoCredentials) {
    FakeHttpServer server("200 OK", recorded("getState"));
    sv::Client client(server.url() + "/RPC2");
    client.supervisor().getState();
    EXPECT_EQ(server.last_request().find("Authorization:"), std::string::npos);
    EXPECT_EQ(client.url(), server.url() + "/RPC2");
}

TEST(Transport, FaultKeepsItsCode) {
    FakeHttpServer server("200 OK", recorded("supvisors_bad_state"));
    sv::Client client(server.url(), "user", "pw");
    try {
        client.supvisors().get_all_process_info();
        FAIL() << "no exception";
    } catch (const sv::BadSupvisorsState& fault) {
        EXPECT_EQ(fault.code(), 101);
        EXPECT_EQ(fault.text().rfind("BAD_SUPVISORS_STATE:", 0), 0u);
    }
}

TEST(Transport, HttpErrorIsATransportError) {
    FakeHttpServer server("401 Unauthorized", "");
    sv::Client client(server.url(), "user", "wrong");
    try {
        client.supervisor().getState();
        FAIL() << "no exception";
    } catch (const sv::TransportError& exc) {
        EXPECT_NE(std::string(exc.what()).find("401"), std::string::npos) << exc.what();
    }
}

TEST(Transport, ReplyThatIsNotXmlRpcIsADecodeError) {
    FakeHttpServer server("200 OK", "this is not XML");
    sv::Client client(server.url(), "user", "pw");
    EXPECT_THROW(client.supervisor().getState(), sv::DecodeError);
}

TEST(Transport, ReplyOfTheWrongShapeIsADecodeError) {
    FakeHttpServer server("200 OK", recorded("listMethods"));
    sv::Client client(server.url(), "user", "pw");
    EXPECT_THROW(client.supervisor().getState(), sv::DecodeError);
}

TEST(Transport, SilentServerTimesOut) {
    FakeHttpServer server("200 OK", "", /*silent=*/true);
    sv::Client client(server.url(), "user", "pw", std::chrono::milliseconds(500));
    const auto start = std::chrono::steady_clock::now();
    EXPECT_THROW(client.supervisor().getState(), sv::TransportError);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(Transport, UnreachableServerIsATransportError) {
    sv::Client client("http://127.0.0.1:1", "user", "pw", std::chrono::seconds(2));
    EXPECT_THROW(client.system().listMethods(), sv::TransportError);
}
