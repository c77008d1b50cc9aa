// supvisors_hello [URL USER PASSWORD]: print the state of a supervisord and its processes.
// Without arguments, reads SUPVISORS_TEST_URL/USER/PASSWORD (as set by tests/harness).
#include <cstdlib>
#include <iostream>
#include <string>

#include <supvisors/client.hpp>

int main(int argc, char** argv) {
    auto arg = [&](int i, const char* env) -> std::string {
        if (argc > i) return argv[i];
        const char* value = std::getenv(env);
        return value ? value : "";
    };
    const std::string url = arg(1, "SUPVISORS_TEST_URL");
    if (url.empty()) {
        std::cerr << "usage: " << argv[0] << " URL [USER PASSWORD]" << std::endl;
        return 2;
    }
    try {
        supvisors::Client client(url, arg(2, "SUPVISORS_TEST_USER"), arg(3, "SUPVISORS_TEST_PASSWORD"));
        const supvisors::SupervisorState state = client.supervisor().getState();
        std::cout << "supervisord " << client.supervisor().getSupervisorVersion() << " at " << client.url()
                  << " is " << supvisors::to_string(state.statecode) << std::endl;
        for (const supvisors::ProcessInfo& info : client.supervisor().getAllProcessInfo()) {
            std::cout << "  " << info.group << ":" << info.name << " " << supvisors::to_string(info.state) << std::endl;
        }
        try {
            client.supervisor().getProcessInfo("no_such_process");
        } catch (const supvisors::BadName& fault) {
            std::cout << "fault " << fault.code() << ": " << fault.text() << std::endl;
        }
        return state.statecode == supvisors::SupervisorStates::RUNNING ? 0 : 1;
    } catch (const supvisors::Fault& fault) {
        std::cerr << "fault: " << fault.what() << std::endl;
    } catch (const supvisors::ClientError& error) {
        std::cerr << "error: " << error.what() << std::endl;
    }
    return 1;
}
