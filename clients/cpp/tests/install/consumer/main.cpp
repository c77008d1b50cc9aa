// A user's program built against an installed Supvisors C++ client (tests/install/check_install.sh):
// the headers, the library and xmlrpc-c link, and a call runs through xmlrpc-c and curl.
//   supvisors_consumer EXPECTED_VERSION
// Exit 0 when everything holds; otherwise it says what does not, on stderr.
#include <chrono>
#include <iostream>
#include <string>

#include <supvisors/client.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " EXPECTED_VERSION" << std::endl;
        return 2;
    }
    int failures = 0;
    auto expect = [&](bool ok, const std::string& what) {
        if (!ok) {
            std::cerr << "FAILED: " << what << std::endl;
            ++failures;
        }
    };
    expect(std::string(supvisors::client_version) == argv[1],
           std::string("client_version ") + supvisors::client_version + " == " + argv[1]);
    expect(supvisors::to_string(supvisors::SupvisorsStates::CONCILIATION) == "CONCILIATION", "to_string(CONCILIATION)");
    expect(supvisors::from_code<supvisors::ProcessStates>(200) == supvisors::ProcessStates::FATAL, "from_code(200)");
    // Port 1 on the loopback: nobody listens, so the call must fail as a transport error (not crash,
    // not a fault): the library's code and xmlrpc-c's curl transport ran.
    try {
        supvisors::Client client("http://127.0.0.1:1", "user", "password", std::chrono::seconds(5));
        client.supvisors().get_api_version();
        expect(false, "a call to a closed port raised nothing");
    } catch (const supvisors::TransportError&) {
        // expected
    } catch (const std::exception& error) {
        expect(false, std::string("a call to a closed port raised another error: ") + error.what());
    }
    if (failures == 0) std::cout << "supvisors_client " << supvisors::client_version << ": OK" << std::endl;
    return failures == 0 ? 0 : 1;
}
