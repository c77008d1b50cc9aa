// The system and supervisor namespaces against a real supervisord with the harness' test programs
// (group demo: ticker and sleeper; echo_args; short). The supvisors namespace is left to the
// cross-language suite (it needs the server plugin).
#include <algorithm>

#include "live.hpp"

namespace sv = supvisors;
using sv::testing::Live;

class LiveSystem : public Live {};
class LiveSupervisor : public Live {};
class LiveTransport : public Live {};

TEST_F(LiveSystem, ListMethodsHasEverySpecMethodOfSystemAndSupervisor) {
    const auto methods = client->system().listMethods();
    for (std::string_view m : sv::kSystemMethods) {
        EXPECT_NE(std::find(methods.begin(), methods.end(), m), methods.end()) << m;
    }
    for (std::string_view m : sv::kSupervisorMethods) {
        EXPECT_NE(std::find(methods.begin(), methods.end(), m), methods.end()) << m;
    }
}

TEST_F(LiveSystem, MethodHelpAndSignature) {
    EXPECT_FALSE(client->system().methodHelp("supervisor.getState").empty());
    EXPECT_EQ(client->system().methodSignature("supervisor.getProcessInfo"),
              (std::vector<std::string>{"struct", "string"}));
    EXPECT_THROW(client->system().methodHelp("supervisor.nope"), sv::SignatureUnsupported);
}

TEST_F(LiveSystem, MulticallReturnsValuesAndFaultStructs) {
    const auto results = client->system().multicall(
        {{"supervisor.getAPIVersion", {}}, {"supervisor.getProcessInfo", {sv::Value("nope")}}});
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0], sv::Value(client->supervisor().getAPIVersion()));
    EXPECT_EQ(results[1].as_struct().at("faultCode"), sv::Value(sv::BadName::CODE));
}

TEST_F(LiveSupervisor, IdentityAndState) {
    EXPECT_EQ(client->supervisor().getAPIVersion(), "3.0");
    EXPECT_EQ(client->supervisor().getVersion(), "3.0");
    EXPECT_FALSE(client->supervisor().getSupervisorVersion().empty());
    EXPECT_EQ(client->supervisor().getIdentification(),
              sv::testing::env("SUPVISORS_TEST_HOST") + ":" + sv::testing::env("SUPVISORS_TEST_PORT"));
    const auto state = client->supervisor().getState();
    EXPECT_EQ(state.statecode, sv::SupervisorStates::RUNNING);
    EXPECT_EQ(state.statename, "RUNNING");
    EXPECT_GT(client->supervisor().getPID(), 0);
    EXPECT_FALSE(client->supervisor().readLog(0, 0).empty());
}

TEST_F(LiveSupervisor, AllProcessInfoListsTheTestPrograms) {
    const auto infos = client->supervisor().getAllProcessInfo();
    std::vector<std::string> names;
    for (const auto& info : infos) names.push_back(info.group + ":" + info.name);
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"demo:sleeper", "demo:ticker", "echo_args:echo_args", "short:short"}));
}

TEST_F(LiveSupervisor, ConfigInfo) {
    const auto configs = client->supervisor().getAllConfigInfo();
    const auto it = std::find_if(configs.begin(), configs.end(), [](const auto& c) { return c.name == "echo_args"; });
    ASSERT_NE(it, configs.end());
    EXPECT_NE(it->command.find("echo_args.py"), std::string::npos);
    EXPECT_FALSE(it->autostart);
    EXPECT_TRUE(it->uid.is_string() || it->uid.is_int());
    EXPECT_EQ(it->exitcodes, std::vector<int>{0});
}

TEST_F(LiveSupervisor, StartTailAndStopAProcess) {
    auto& sup = client->supervisor();
    ASSERT_TRUE(sup.startProcess("demo:ticker"));
    EXPECT_THROW(sup.startProcess("demo:ticker"), sv::AlreadyStarted);
    const auto info = sup.getProcessInfo("demo:ticker");
    EXPECT_EQ(info.state, sv::ProcessStates::RUNNING);
    EXPECT_GT(info.pid, 0);
    EXPECT_TRUE(wait_until([&] { return sup.tailProcessStdoutLog("demo:ticker", 0, 1000).bytes.find("tick") != std::string::npos; }));
    const sv::LogTail tail = sup.tailProcessStdoutLog("demo:ticker", 0, 1000);
    EXPECT_GT(tail.offset, 0);
    EXPECT_FALSE(sup.readProcessStdoutLog("demo:ticker", 0, 0).empty());
    EXPECT_TRUE(wait_until([&] { return !sup.readProcessStderrLog("demo:ticker", 0, 0).empty(); }));
    EXPECT_TRUE(sup.clearProcessLogs("demo:ticker"));
    EXPECT_TRUE(sup.stopProcess("demo:ticker"));
    EXPECT_THROW(sup.stopProcess("demo:ticker"), sv::NotRunning);
    EXPECT_EQ(sup.getProcessInfo("demo:ticker").state, sv::ProcessStates::STOPPED);
}

TEST_F(LiveSupervisor, GroupOperationsReturnOneStatusPerProcess) {
    auto& sup = client->supervisor();
    const auto started = sup.startProcessGroup("demo");
    ASSERT_EQ(started.size(), 2u);
    for (const auto& status : started) EXPECT_EQ(status.status, sv::Success::CODE) << status.description;
    const auto signalled = sup.signalProcessGroup("demo", "0");
    EXPECT_EQ(signalled.size(), 2u);
    const auto stopped = sup.stopProcessGroup("demo", true);
    ASSERT_EQ(stopped.size(), 2u);
    for (const auto& status : stopped) EXPECT_EQ(status.group, "demo");
}

TEST_F(LiveSupervisor, SendStdinToAStoppedProcessIsNotRunning) {
    EXPECT_THROW(client->supervisor().sendProcessStdin("demo:sleeper", "x"), sv::NotRunning);
}

TEST_F(LiveSupervisor, FaultsOfTheSupervisorNamespace) {
    auto& sup = client->supervisor();
    EXPECT_THROW(sup.getProcessInfo("nope"), sv::BadName);
    EXPECT_THROW(sup.startProcess("nope"), sv::BadName);
    EXPECT_THROW(sup.addProcessGroup("demo"), sv::AlreadyAdded);
    EXPECT_THROW(sup.removeProcessGroup("nope"), sv::BadName);
    EXPECT_THROW(sup.signalProcess("demo:sleeper", "NOSUCHSIGNAL"), sv::BadSignal);
    try {
        sup.getProcessInfo("nope");
    } catch (const sv::Fault& fault) {
        EXPECT_EQ(fault.code(), 10);
        EXPECT_EQ(fault.text(), "BAD_NAME: nope");
    }
}

TEST_F(LiveSupervisor, ReloadConfigReportsNoChange) {
    const auto changes = client->supervisor().reloadConfig();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_TRUE(changes[0].added.empty());
    EXPECT_TRUE(changes[0].changed.empty());
    EXPECT_TRUE(changes[0].removed.empty());
}

TEST_F(LiveTransport, WrongPasswordIsATransportErrorNotAFault) {
    sv::Client bad(url, user, password + "x", std::chrono::seconds(5));
    EXPECT_THROW(bad.supervisor().getState(), sv::TransportError);
    sv::Client anonymous(url);
    EXPECT_THROW(anonymous.supervisor().getState(), sv::TransportError);
}

TEST_F(LiveTransport, UnreachableServerIsATransportError) {
    sv::Client nowhere("http://127.0.0.1:1", user, password, std::chrono::seconds(2));
    EXPECT_THROW(nowhere.system().listMethods(), sv::TransportError);
}

TEST_F(LiveTransport, UrlGetsRpc2AndAMovedClientStillWorks) {
    EXPECT_EQ(client->url(), url + "/RPC2");
    sv::Client moved = std::move(*client);
    EXPECT_EQ(moved.supervisor().getState().statecode, sv::SupervisorStates::RUNNING);
}
