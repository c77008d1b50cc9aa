// Scalars, arrays and the `any` Value, decoded from xmlrpc_c values built by hand.
#include <chrono>
#include <stdexcept>

#include <gtest/gtest.h>

#include "supvisors/codec.hpp"

namespace sv = supvisors;
namespace w = supvisors::wire;
using xmlrpc_c::value_array;
using xmlrpc_c::value_boolean;
using xmlrpc_c::value_double;
using xmlrpc_c::value_int;
using xmlrpc_c::value_string;
using xmlrpc_c::value_struct;

TEST(WireScalars, DecodeTheirOwnType) {
    EXPECT_EQ(w::decode<int>(value_int(-7), "x"), -7);
    EXPECT_EQ(w::decode<bool>(value_boolean(true), "x"), true);
    EXPECT_DOUBLE_EQ(w::decode<double>(value_double(1.5), "x"), 1.5);
    EXPECT_DOUBLE_EQ(w::decode<double>(value_int(3), "x"), 3.0);  // an integral double may come as int
    EXPECT_EQ(w::decode<std::string>(value_string("héllo"), "x"), "héllo");
}

TEST(WireScalars, WrongTypeNamesThePlace) {
    try {
        w::decode<int>(value_string("12"), "supervisor.getPID");
        FAIL() << "no exception";
    } catch (const sv::DecodeError& exc) {
        EXPECT_STREQ(exc.what(), "supervisor.getPID: expected int, got string '12'");
    }
    EXPECT_THROW(w::decode<bool>(value_int(1), "x"), sv::DecodeError);
    EXPECT_THROW(w::decode<int>(value_boolean(true), "x"), sv::DecodeError);
    EXPECT_THROW(w::decode<std::string>(value_int(1), "x"), sv::DecodeError);
    EXPECT_THROW(w::decode<double>(value_string("1.0"), "x"), sv::DecodeError);
}

// ---- time: int seconds since the epoch on the wire, a system_clock time point in C++
using TimePoint = std::chrono::system_clock::time_point;

TEST(WireTime, ZeroIsTheEpoch) {
    EXPECT_TRUE(w::decode<TimePoint>(value_int(0), "x") == TimePoint{});
    EXPECT_EQ(xmlrpc_c::value_int(w::encode(TimePoint{})).cvalue(), 0);
}

TEST(WireTime, TheLargestIntRoundTrips) {
    const TimePoint last = w::decode<TimePoint>(value_int(2147483647), "x");
    EXPECT_EQ(std::chrono::system_clock::to_time_t(last), 2147483647);  // 2038-01-19T03:14:07Z
    const xmlrpc_c::value back = w::encode(last);
    EXPECT_EQ(back.type(), xmlrpc_c::value::TYPE_INT);
    EXPECT_EQ(xmlrpc_c::value_int(back).cvalue(), 2147483647);
}

TEST(WireTime, ADoubleOrABooleanIsRefused) {
    try {
        w::decode<TimePoint>(value_double(1.5e9), "supvisors.get_address_info.remote_time");
        FAIL() << "no exception";
    } catch (const sv::DecodeError& exc) {
        EXPECT_STREQ(exc.what(), "supvisors.get_address_info.remote_time: expected int (seconds since the epoch), "
                                 "got double 1.5e+09");
    }
    EXPECT_THROW(w::decode<TimePoint>(value_boolean(true), "x"), sv::DecodeError);
    EXPECT_THROW(w::decode<TimePoint>(value_string("1500000000"), "x"), sv::DecodeError);
}

TEST(WireTime, EncodesWholeSecondsRoundedDownWithinTheIntRange) {
    const TimePoint t = std::chrono::system_clock::from_time_t(1500000000) + std::chrono::milliseconds(999);
    EXPECT_EQ(xmlrpc_c::value_int(w::encode(t)).cvalue(), 1500000000);
    EXPECT_EQ(xmlrpc_c::value_int(w::encode(TimePoint{} - std::chrono::milliseconds(500))).cvalue(), -1);
    EXPECT_THROW(w::encode(TimePoint{} + std::chrono::seconds(2147483648LL)), std::out_of_range);
}

TEST(WireArrays, DecodeEveryItemAndNameTheBadOne) {
    const value_array a(std::vector<xmlrpc_c::value>{value_string("a"), value_string("b")});
    EXPECT_EQ(w::decode<std::vector<std::string>>(a, "x"), (std::vector<std::string>{"a", "b"}));
    const value_array bad(std::vector<xmlrpc_c::value>{value_string("a"), value_int(2)});
    try {
        w::decode<std::vector<std::string>>(bad, "system.listMethods");
        FAIL() << "no exception";
    } catch (const sv::DecodeError& exc) {
        EXPECT_STREQ(exc.what(), "system.listMethods[1]: expected string, got int 2");
    }
    EXPECT_THROW(w::decode<std::vector<int>>(value_int(1), "x"), sv::DecodeError);
}

TEST(WireEnums, DecodeKnownCodesAndRefuseOthers) {
    EXPECT_EQ(w::decode<sv::ProcessStates>(value_int(20), "x"), sv::ProcessStates::RUNNING);
    try {
        w::decode<sv::ProcessStates>(value_int(21), "p.state");
        FAIL() << "no exception";
    } catch (const sv::DecodeError& exc) {
        EXPECT_STREQ(exc.what(), "p.state: 21 is not a code of ProcessStates");
    }
    EXPECT_THROW(w::decode<sv::ProcessStates>(value_string("RUNNING"), "x"), sv::DecodeError);
    EXPECT_EQ(value_int(w::encode(sv::DeploymentStrategies::LESS_LOADED)).cvalue(), 1);
}

TEST(Value, HoldsEachKindAndRefusesTheWrongAccessor) {
    EXPECT_TRUE(sv::Value(3).is_int());
    EXPECT_TRUE(sv::Value(true).is_boolean());
    EXPECT_TRUE(sv::Value(2.5).is_double());
    EXPECT_TRUE(sv::Value("text").is_string());  // not a bool
    EXPECT_TRUE(sv::Value(sv::Value::Array{1, "a"}).is_array());
    EXPECT_TRUE(sv::Value(sv::Value::Struct{{"k", 1}}).is_struct());
    EXPECT_EQ(sv::Value("none").as_string(), "none");
    EXPECT_THROW(sv::Value("none").as_int(), sv::DecodeError);
    EXPECT_EQ(sv::Value(2.5).kind_name(), "double");
}

TEST(Value, DecodesNestedValues) {
    xmlrpc_c::cstruct fault{{"faultCode", value_int(10)}, {"faultString", value_string("BAD_NAME: x")}};
    const value_array a(std::vector<xmlrpc_c::value>{value_string("3.0"), value_struct(fault), value_double(0.5),
                                                     value_boolean(false)});
    const sv::Value v = w::decode<sv::Value>(a, "system.multicall");
    ASSERT_TRUE(v.is_array());
    ASSERT_EQ(v.as_array().size(), 4u);
    EXPECT_EQ(v.as_array()[0], sv::Value("3.0"));
    EXPECT_EQ(v.as_array()[1].as_struct().at("faultCode").as_int(), 10);
    EXPECT_EQ(v.as_array()[2], sv::Value(0.5));
    EXPECT_EQ(v.as_array()[3], sv::Value(false));
}

TEST(Value, RoundTripsThroughTheWire) {
    const sv::Value v(sv::Value::Struct{{"methodName", "supervisor.getPID"},
                                        {"params", sv::Value::Array{1, true, 2.5, sv::Value::Struct{}}}});
    EXPECT_EQ(w::decode<sv::Value>(w::encode(v), "x"), v);
}

TEST(Value, RefusesTypesSupervisorDoesNotSend) {
    EXPECT_THROW(w::decode<sv::Value>(xmlrpc_c::value_nil(), "x"), sv::DecodeError);
    EXPECT_THROW(w::decode<sv::Value>(xmlrpc_c::value_i8(1), "x"), sv::DecodeError);
}
