// The testee's JSON plumbing: the wire shape of typed values, the params it accepts, and the
// dispatch table covering every method of the spec.
#include <chrono>

#include <gtest/gtest.h>

#include "dispatch.hpp"
#include "json_codec.hpp"

namespace sv = supvisors;
namespace t = supvisors::testee;
using nlohmann::json;

TEST(TesteeJson, StructsUseFieldNamesAndEnumCodesAndOmitAbsentOptionals) {
    sv::SupvisorsProcessInfo info;
    info.application_name = "demo";
    info.process_name = "ticker";
    info.statecode = sv::ProcessStates::RUNNING;
    info.statename = "RUNNING";
    info.addresses = {"127.0.0.1"};
    EXPECT_EQ(t::encode_json(info), json::parse(R"({"application_name":"demo","process_name":"ticker",
        "statecode":20,"statename":"RUNNING","addresses":["127.0.0.1"]})"));
    info.last_event_time = std::chrono::system_clock::from_time_t(1700000000) + std::chrono::milliseconds(750);
    EXPECT_EQ(t::encode_json(info)["last_event_time"], json(1700000000));  // int seconds, as on the wire
    EXPECT_TRUE(t::encode_json(info)["last_event_time"].is_number_integer());
    EXPECT_FALSE(t::encode_json(info).contains("expected_exit"));
}

TEST(TesteeJson, TimesAreIntSeconds) {
    using TimePoint = std::chrono::system_clock::time_point;
    EXPECT_EQ(t::encode_json(TimePoint{}), json(0));
    EXPECT_EQ(t::encode_json(std::chrono::system_clock::from_time_t(2147483647)), json(2147483647));
    EXPECT_TRUE(t::decode_json<TimePoint>(json(1700000000), "x") == std::chrono::system_clock::from_time_t(1700000000));
    EXPECT_THROW(t::decode_json<TimePoint>(json(1.5), "x"), t::RequestError);
    EXPECT_THROW(t::decode_json<TimePoint>(json(true), "x"), t::RequestError);
}

TEST(TesteeJson, ArrayShapedStructsArePositional) {
    EXPECT_EQ(t::encode_json(sv::LogTail{"abc", 3, true}), json::parse(R"(["abc",3,true])"));
    EXPECT_EQ(t::decode_json<sv::LogTail>(json::parse(R"(["abc",3,true])"), "x"), (sv::LogTail{"abc", 3, true}));
    EXPECT_THROW(t::decode_json<sv::LogTail>(json::parse(R"(["abc",3])"), "x"), t::RequestError);
}

TEST(TesteeJson, AnyValuesMapNaturally) {
    const sv::Value v(sv::Value::Array{1, true, 2.5, "s", sv::Value::Struct{{"k", 1}}});
    const json j = t::encode_json(v);
    EXPECT_EQ(j, json::parse(R"([1,true,2.5,"s",{"k":1}])"));
    EXPECT_EQ(t::decode_json<sv::Value>(j, "x"), v);
    EXPECT_THROW(t::decode_json<sv::Value>(json(nullptr), "x"), t::RequestError);
    EXPECT_THROW(t::decode_json<sv::Value>(json(int64_t{1} << 40), "x"), t::RequestError);
}

TEST(TesteeJson, EnumParamsTakeCodesOrNames) {
    EXPECT_EQ(t::decode_json<sv::DeploymentStrategies>(json(1), "x"), sv::DeploymentStrategies::LESS_LOADED);
    EXPECT_EQ(t::decode_json<sv::DeploymentStrategies>(json("MOST_LOADED"), "x"), sv::DeploymentStrategies::MOST_LOADED);
    EXPECT_EQ(static_cast<int>(t::decode_json<sv::DeploymentStrategies>(json(42), "x")), 42);  // the server refuses it
    EXPECT_THROW(t::decode_json<sv::DeploymentStrategies>(json("NOPE"), "x"), t::RequestError);
}

TEST(TesteeJson, StructParamsNeedTheirRequiredFields) {
    const auto calls = t::decode_json<std::vector<sv::MulticallRequest>>(
        json::parse(R"([{"methodName":"supervisor.getPID","params":[],"extra":1}])"), "calls");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].methodName, "supervisor.getPID");
    try {
        t::decode_json<sv::MulticallRequest>(json::parse(R"({"params":[]})"), "params[0]");
        FAIL() << "no exception";
    } catch (const t::RequestError& exc) {
        EXPECT_STREQ(exc.what(), "params[0]: missing field 'methodName' of MulticallRequest");
    }
}

TEST(TesteeJson, IntsMustFit32Bits) {
    EXPECT_EQ(t::decode_json<int>(json(-5), "x"), -5);
    EXPECT_THROW(t::decode_json<int>(json(3000000000u), "x"), t::RequestError);
    EXPECT_THROW(t::decode_json<int>(json(1.5), "x"), t::RequestError);
    EXPECT_THROW(t::decode_json<int>(json(true), "x"), t::RequestError);
}

TEST(TesteeDispatch, CoversEveryMethodOfTheSpec) {
    const auto& table = t::dispatch_table();
    EXPECT_EQ(table.size(), sv::kSystemMethods.size() + sv::kSupervisorMethods.size() + sv::kSupvisorsMethods.size());
    for (const auto* names : {&sv::kSupvisorsMethods}) {
        for (std::string_view m : *names) EXPECT_EQ(table.count(std::string(m)), 1u) << m;
    }
    for (std::string_view m : sv::kSupervisorMethods) EXPECT_EQ(table.count(std::string(m)), 1u) << m;
    for (std::string_view m : sv::kSystemMethods) EXPECT_EQ(table.count(std::string(m)), 1u) << m;
}

TEST(TesteeDispatch, RefusesParamsThatDoNotFitBeforeCalling) {
    sv::Client client("http://127.0.0.1:1");  // never reached: every case fails on its params
    const auto& table = t::dispatch_table();
    EXPECT_THROW(table.at("supervisor.getProcessInfo")(client, json::array()), t::RequestError);
    EXPECT_THROW(table.at("supervisor.getProcessInfo")(client, json::parse(R"(["a","b"])")), t::RequestError);
    EXPECT_THROW(table.at("supervisor.getProcessInfo")(client, json::parse("[1]")), t::RequestError);
    EXPECT_THROW(table.at("supervisor.startProcess")(client, json::parse(R"(["a","yes"])")), t::RequestError);
    EXPECT_THROW(table.at("supvisors.start_process")(client, json::parse(R"(["CONFIG"])")), t::RequestError);
    EXPECT_THROW(table.at("supvisors.get_api_version")(client, json::object()), t::RequestError);
    // Params that fit go on to the transport.
    EXPECT_THROW(table.at("supvisors.start_process")(client, json::parse(R"(["CONFIG","demo:ticker"])")),
                 sv::TransportError);
}
