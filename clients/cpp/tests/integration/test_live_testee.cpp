// The testee (build/supvisors_testee) against a real supervisord: the JSON line protocol, the wire
// shape of results, faults, and the three error kinds.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "live.hpp"

using supvisors::testing::Live;

namespace {

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += (c == '\'') ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

class LiveTestee : public Live {
protected:
    /// Run the testee on these request lines; return its stdout lines and set exit_code.
    std::vector<std::string> run(const std::vector<std::string>& requests, const std::string& pw) {
        const std::string path = ::testing::TempDir() + "testee_requests.jsonl";
        {
            std::ofstream out(path);
            for (const auto& r : requests) out << r << "\n";
        }
        const std::string command = shell_quote(SUPVISORS_TESTEE_PATH) + " " + shell_quote(url) + " " +
                                    shell_quote(user) + " " + shell_quote(pw) + " < " + shell_quote(path);
        FILE* pipe = popen(command.c_str(), "r");
        std::string output;
        char buffer[4096];
        std::size_t n;
        while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
        exit_code = pclose(pipe);
        std::vector<std::string> lines;
        std::istringstream in(output);
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        return lines;
    }

    int exit_code = -1;
};

TEST_F(LiveTestee, AnswersEachRequestOnOneLineInTheWireShape) {
    const auto lines = run({
        R"({"id":1,"method":"supervisor.getState","params":[]})",
        R"({"id":"two","method":"supervisor.getProcessInfo","params":["nope"]})",
        R"({"id":3,"method":"supervisor.nope","params":[]})",
        R"({"id":4,"method":"supervisor.getProcessInfo","params":[12]})",
        R"({"id":5,"method":"supervisor.tailProcessStdoutLog","params":["demo:sleeper",0,10]})",
        R"({"id":6,"method":"system.multicall","params":[[{"methodName":"supervisor.getAPIVersion","params":[]}]]})",
        R"({"id":7,"method":"supervisor.stopProcessGroup","params":["demo"]})",
        "not json",
    }, password);
    EXPECT_EQ(exit_code, 0);
    ASSERT_EQ(lines.size(), 8u);
    EXPECT_EQ(lines[0], R"({"id":1,"result":{"statecode":1,"statename":"RUNNING"}})");
    EXPECT_EQ(lines[1], R"({"fault":{"code":10,"text":"BAD_NAME: nope","type":"supvisors::BadName"},"id":"two"})");
    EXPECT_EQ(lines[2], R"({"error":{"kind":"request","text":"unknown method supervisor.nope"},"id":3})");
    EXPECT_NE(lines[3].find(R"("kind":"request")"), std::string::npos) << lines[3];
    EXPECT_EQ(lines[4], R"({"id":5,"result":["",0,false]})");
    EXPECT_EQ(lines[5], R"({"id":6,"result":["3.0"]})");
    EXPECT_EQ(lines[6], R"({"id":7,"result":[]})");  // wait defaults to true; nothing was running
    EXPECT_NE(lines[7].find(R"("id":null)"), std::string::npos) << lines[7];
}

TEST_F(LiveTestee, WrongPasswordIsATransportError) {
    const auto lines = run({R"({"id":1,"method":"supervisor.getState","params":[]})"}, password + "x");
    EXPECT_EQ(exit_code, 0);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NE(lines[0].find(R"("kind":"transport")"), std::string::npos) << lines[0];
}
