// The supvisors namespace on replies written by hand from the spec (no server plugin to record from
// yet), and the parameters it sends (enums as codes, defaults).
#include <gtest/gtest.h>

#include "recorded_caller.hpp"
#include "supvisors/client.hpp"

namespace sv = supvisors;
using sv::testing::RecordedCaller;

namespace {

int int_of(const xmlrpc_c::value& v) { return xmlrpc_c::value_int(v).cvalue(); }
std::string str(const xmlrpc_c::value& v) { return xmlrpc_c::value_string(v).cvalue(); }
bool bool_of(const xmlrpc_c::value& v) { return xmlrpc_c::value_boolean(v).cvalue(); }

}  // namespace

TEST(SupvisorsReplies, GetSupvisorsState) {
    RecordedCaller caller;
    caller.answer_with("supvisors_get_supvisors_state");
    const auto state = sv::Supvisors(caller).get_supvisors_state();
    EXPECT_EQ(caller.last_method, "supvisors.get_supvisors_state");
    EXPECT_EQ(state.statecode, sv::SupvisorsStates::OPERATION);
    EXPECT_EQ(state.statename, "OPERATION");
}

TEST(SupvisorsReplies, AddressTimesAreIntSecondsAsTimePoints) {
    RecordedCaller caller;
    caller.answer_with("supvisors_get_all_addresses_info");
    const auto infos = sv::Supvisors(caller).get_all_addresses_info();
    ASSERT_EQ(infos.size(), 2u);
    EXPECT_EQ(infos[0].address_name, "127.0.0.1");
    EXPECT_EQ(infos[0].statecode, sv::AddressStates::RUNNING);
    EXPECT_TRUE(infos[0].remote_time == std::chrono::system_clock::from_time_t(1700000000));
    EXPECT_TRUE(infos[0].local_time - infos[0].remote_time == std::chrono::seconds(2));
    EXPECT_EQ(infos[0].loading, 35);
    EXPECT_EQ(infos[1].statecode, sv::AddressStates::SILENT);
    EXPECT_TRUE(infos[1].remote_time == std::chrono::system_clock::time_point{});  // 0: never
}

TEST(SupvisorsReplies, GetAddressInfoSendsTheAddress) {
    RecordedCaller caller;
    caller.answer_with(xmlrpc_c::value_struct(xmlrpc_c::cstruct{
        {"address_name", xmlrpc_c::value_string("10.0.0.1")}, {"statecode", xmlrpc_c::value_int(0)},
        {"statename", xmlrpc_c::value_string("UNKNOWN")}, {"remote_time", xmlrpc_c::value_int(0)},
        {"local_time", xmlrpc_c::value_int(0)}, {"loading", xmlrpc_c::value_int(0)}}));
    const auto info = sv::Supvisors(caller).get_address_info("10.0.0.1");
    EXPECT_EQ(str(caller.last_params.at(0)), "10.0.0.1");
    EXPECT_EQ(info.statecode, sv::AddressStates::UNKNOWN);
}

TEST(SupvisorsReplies, GetAllApplicationsInfo) {
    RecordedCaller caller;
    caller.answer_with("supvisors_get_all_applications_info");
    const auto apps = sv::Supvisors(caller).get_all_applications_info();
    ASSERT_EQ(apps.size(), 1u);
    EXPECT_EQ(apps[0].application_name, "demo");
    EXPECT_EQ(apps[0].statecode, sv::ApplicationStates::RUNNING);
    EXPECT_FALSE(apps[0].major_failure);
    EXPECT_TRUE(apps[0].minor_failure);
}

TEST(SupvisorsReplies, ProcessInfoWithAndWithoutTheOptionalExtensions) {
    RecordedCaller caller;
    caller.answer_with("supvisors_get_all_process_info");
    const auto infos = sv::Supvisors(caller).get_all_process_info();
    ASSERT_EQ(infos.size(), 2u);
    EXPECT_EQ(infos[0].statecode, sv::ProcessStates::RUNNING);
    EXPECT_EQ(infos[0].addresses, std::vector<std::string>{"127.0.0.1"});
    EXPECT_EQ(infos[0].expected_exit, true);
    EXPECT_TRUE(infos[0].last_event_time == std::chrono::system_clock::from_time_t(1700000000));
    EXPECT_EQ(infos[1].statecode, sv::ProcessStates::STOPPED);
    EXPECT_TRUE(infos[1].addresses.empty());
    EXPECT_EQ(infos[1].expected_exit, std::nullopt);
    EXPECT_EQ(infos[1].last_event_time, std::nullopt);
}

TEST(SupvisorsReplies, ProcessRules) {
    RecordedCaller caller;
    caller.answer_with("supvisors_get_process_rules");
    const auto rules = sv::Supvisors(caller).get_process_rules("demo:*");
    EXPECT_EQ(str(caller.last_params.at(0)), "demo:*");
    ASSERT_EQ(rules.size(), 1u);
    EXPECT_EQ(rules[0].addresses, (std::vector<std::string>{"127.0.0.1", "127.0.0.2"}));
    EXPECT_EQ(rules[0].start_sequence, 1);
    EXPECT_EQ(rules[0].stop_sequence, 2);
    EXPECT_TRUE(rules[0].required);
    EXPECT_FALSE(rules[0].wait_exit);
    EXPECT_EQ(rules[0].loading, 10);
    EXPECT_EQ(rules[0].expected_loading, 10);
}

TEST(SupvisorsReplies, Conflicts) {
    RecordedCaller caller;
    caller.answer_with("supvisors_get_conflicts");
    const auto conflicts = sv::Supvisors(caller).get_conflicts();
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].process_name, "demo:ticker");
    EXPECT_EQ(conflicts[0].state, "RUNNING");
    EXPECT_EQ(conflicts[0].address.size(), 2u);
}

TEST(SupvisorsReplies, BadStateFault) {
    RecordedCaller caller;
    caller.answer_with("supvisors_bad_state");
    EXPECT_THROW(sv::Supvisors(caller).get_all_process_info(), sv::BadSupvisorsState);
}

TEST(SupvisorsParams, StartProcessSendsTheStrategyCodeAndTheDefaults) {
    RecordedCaller caller;
    caller.answer_with(xmlrpc_c::value_boolean(true));
    EXPECT_TRUE(sv::Supvisors(caller).start_process(sv::DeploymentStrategies::LESS_LOADED, "demo:ticker"));
    EXPECT_EQ(caller.last_method, "supvisors.start_process");
    ASSERT_EQ(caller.last_params.size(), 4u);
    EXPECT_EQ(int_of(caller.last_params[0]), 1);
    EXPECT_EQ(str(caller.last_params[1]), "demo:ticker");
    EXPECT_EQ(str(caller.last_params[2]), "");
    EXPECT_TRUE(bool_of(caller.last_params[3]));
}

TEST(SupvisorsParams, StartArgsSendsEveryArgument) {
    RecordedCaller caller;
    caller.answer_with(xmlrpc_c::value_boolean(true));
    sv::Supvisors(caller).start_args("echo_args", "-x 1", false);
    ASSERT_EQ(caller.last_params.size(), 3u);
    EXPECT_EQ(str(caller.last_params[1]), "-x 1");
    EXPECT_FALSE(bool_of(caller.last_params[2]));
}

TEST(SupvisorsParams, RestartProcessSendsExtraArgs) {
    RecordedCaller caller;
    caller.answer_with(xmlrpc_c::value_boolean(true));
    sv::Supvisors(caller).restart_process(sv::DeploymentStrategies::CONFIG, "demo:ticker", "-x 1", false);
    EXPECT_EQ(caller.last_method, "supvisors.restart_process");
    ASSERT_EQ(caller.last_params.size(), 4u);
    EXPECT_EQ(str(caller.last_params[2]), "-x 1");
    EXPECT_FALSE(bool_of(caller.last_params[3]));
    sv::Supvisors(caller).restart_process(sv::DeploymentStrategies::CONFIG, "demo:ticker");
    ASSERT_EQ(caller.last_params.size(), 4u);
    EXPECT_EQ(str(caller.last_params[2]), "");
    EXPECT_TRUE(bool_of(caller.last_params[3]));
}

TEST(SupvisorsParams, RestartApplicationSendsMostLoaded) {
    RecordedCaller caller;
    caller.answer_with(xmlrpc_c::value_boolean(true));
    sv::Supvisors(caller).restart_application(sv::DeploymentStrategies::MOST_LOADED, "demo", false);
    EXPECT_EQ(int_of(caller.last_params.at(0)), 2);
    EXPECT_EQ(str(caller.last_params.at(1)), "demo");
    EXPECT_FALSE(bool_of(caller.last_params.at(2)));
}

TEST(SupvisorsParams, ABooleanReplyOfTheWrongTypeIsADecodeError) {
    RecordedCaller caller;
    caller.answer_with(xmlrpc_c::value_int(1));
    EXPECT_THROW(sv::Supvisors(caller).stop_application("demo"), sv::DecodeError);
}
