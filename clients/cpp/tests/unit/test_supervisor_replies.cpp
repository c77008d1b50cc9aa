// The system and supervisor namespaces on replies recorded from a real supervisord 4.3.
#include <algorithm>

#include <gtest/gtest.h>

#include "recorded_caller.hpp"
#include "supvisors/client.hpp"
#include "supvisors/codec.hpp"

namespace sv = supvisors;
using sv::testing::RecordedCaller;

namespace {

std::string str(const xmlrpc_c::value& v) { return xmlrpc_c::value_string(v).cvalue(); }

}  // namespace

TEST(SupervisorReplies, GetState) {
    RecordedCaller caller;
    caller.answer_with("getState");
    const sv::SupervisorState state = sv::Supervisor(caller).getState();
    EXPECT_EQ(caller.last_method, "supervisor.getState");
    EXPECT_TRUE(caller.last_params.empty());
    EXPECT_EQ(state.statecode, sv::SupervisorStates::RUNNING);
    EXPECT_EQ(state.statename, "RUNNING");
}

TEST(SupervisorReplies, GetAllProcessInfo) {
    RecordedCaller caller;
    caller.answer_with("getAllProcessInfo");
    const auto infos = sv::Supervisor(caller).getAllProcessInfo();
    ASSERT_EQ(infos.size(), 4u);
    std::vector<std::string> names;
    for (const auto& info : infos) names.push_back(info.group + ":" + info.name);
    EXPECT_NE(std::find(names.begin(), names.end(), "demo:ticker"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "short:short"), names.end());
    for (const auto& info : infos) EXPECT_EQ(sv::to_string(info.state), info.statename);
}

TEST(SupervisorReplies, GetProcessInfoSendsTheNameAndDecodesARunningProcess) {
    RecordedCaller caller;
    caller.answer_with("getProcessInfo_running");
    const sv::ProcessInfo info = sv::Supervisor(caller).getProcessInfo("demo:ticker");
    ASSERT_EQ(caller.last_params.size(), 1u);
    EXPECT_EQ(str(caller.last_params[0]), "demo:ticker");
    EXPECT_EQ(info.name, "ticker");
    EXPECT_EQ(info.group, "demo");
    EXPECT_EQ(info.state, sv::ProcessStates::RUNNING);
    EXPECT_GT(info.pid, 0);
    EXPECT_GT(info.start, 0);
    EXPECT_GE(info.now, info.start);
}

TEST(SupervisorReplies, FaultBecomesItsTypedException) {
    RecordedCaller caller;
    caller.answer_with("getProcessInfo_bad_name");
    try {
        sv::Supervisor(caller).getProcessInfo("nope");
        FAIL() << "no exception";
    } catch (const sv::BadName& fault) {
        EXPECT_EQ(fault.code(), 10);
        EXPECT_EQ(fault.text(), "BAD_NAME: nope");
    }
}

TEST(SupervisorReplies, GetAllConfigInfoWithAnyTypedUid) {
    RecordedCaller caller;
    caller.answer_with("getAllConfigInfo");
    const auto configs = sv::Supervisor(caller).getAllConfigInfo();
    ASSERT_EQ(configs.size(), 4u);
    const auto short_it = std::find_if(configs.begin(), configs.end(), [](const auto& c) { return c.name == "short"; });
    ASSERT_NE(short_it, configs.end());
    EXPECT_EQ(short_it->exitcodes, std::vector<int>{0});
    EXPECT_FALSE(short_it->autostart);
    EXPECT_TRUE(short_it->inuse);
    EXPECT_EQ(short_it->uid, sv::Value("none"));
    EXPECT_EQ(short_it->stopwaitsecs, 3);
}

TEST(SupervisorReplies, TailIsAPositionalArray) {
    RecordedCaller caller;
    caller.answer_with("tailProcessStdoutLog");
    const sv::LogTail tail = sv::Supervisor(caller).tailProcessStdoutLog("demo:ticker", 0, 40);
    ASSERT_EQ(caller.last_params.size(), 3u);
    EXPECT_EQ(xmlrpc_c::value_int(caller.last_params[1]).cvalue(), 0);
    EXPECT_EQ(xmlrpc_c::value_int(caller.last_params[2]).cvalue(), 40);
    EXPECT_EQ(tail.bytes.rfind("tick 0", 0), 0u);
    EXPECT_EQ(tail.offset, static_cast<int>(tail.bytes.size()));
    EXPECT_FALSE(tail.overflow);
}

TEST(SupervisorReplies, ReloadConfigIsOneTripleOfLists) {
    RecordedCaller caller;
    caller.answer_with("reloadConfig");
    const auto changes = sv::Supervisor(caller).reloadConfig();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_TRUE(changes[0].added.empty());
    EXPECT_TRUE(changes[0].changed.empty());
    EXPECT_TRUE(changes[0].removed.empty());
}

TEST(SupervisorReplies, StartProcessGroupSendsTheDefaultWait) {
    RecordedCaller caller;
    caller.answer_with("startProcessGroup");
    const auto statuses = sv::Supervisor(caller).startProcessGroup("demo");
    ASSERT_EQ(caller.last_params.size(), 2u);
    EXPECT_EQ(str(caller.last_params[0]), "demo");
    EXPECT_TRUE(xmlrpc_c::value_boolean(caller.last_params[1]).cvalue());
    ASSERT_FALSE(statuses.empty());
    EXPECT_EQ(statuses[0].status, sv::Success::CODE);
    EXPECT_EQ(statuses[0].description, "OK");
}

TEST(SystemReplies, ListMethodsHasEverySpecMethodOfSupervisor) {
    RecordedCaller caller;
    caller.answer_with("listMethods");
    const auto methods = sv::System(caller).listMethods();
    for (std::string_view m : sv::kSupervisorMethods) {
        EXPECT_NE(std::find(methods.begin(), methods.end(), m), methods.end()) << m;
    }
    for (std::string_view m : sv::kSystemMethods) {
        EXPECT_NE(std::find(methods.begin(), methods.end(), m), methods.end()) << m;
    }
}

TEST(SystemReplies, MethodSignature) {
    RecordedCaller caller;
    caller.answer_with("methodSignature");
    EXPECT_EQ(sv::System(caller).methodSignature("supervisor.getProcessInfo"),
              (std::vector<std::string>{"struct", "string"}));
}

TEST(SystemReplies, MulticallSendsStructsAndReturnsValuesOrFaultStructs) {
    RecordedCaller caller;
    caller.answer_with("multicall");
    const std::vector<sv::MulticallRequest> calls{{"supervisor.getAPIVersion", {}},
                                                  {"supervisor.getProcessInfo", {sv::Value("nope")}}};
    const auto results = sv::System(caller).multicall(calls);
    ASSERT_EQ(caller.last_params.size(), 1u);
    const auto sent = sv::wire::decode<std::vector<sv::MulticallRequest>>(caller.last_params[0], "sent");
    EXPECT_EQ(sent, calls);
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0], sv::Value("3.0"));
    EXPECT_EQ(results[1].as_struct().at("faultCode"), sv::Value(10));
    EXPECT_EQ(results[1].as_struct().at("faultString"), sv::Value("BAD_NAME: nope"));
}

TEST(SystemReplies, AReplyOfTheWrongShapeIsADecodeErrorNamingTheMethod) {
    RecordedCaller caller;
    caller.answer_with("getState");  // a struct where an array is expected
    try {
        sv::System(caller).listMethods();
        FAIL() << "no exception";
    } catch (const sv::DecodeError& exc) {
        EXPECT_EQ(std::string(exc.what()).rfind("system.listMethods: expected array, got struct", 0), 0u);
    }
}
