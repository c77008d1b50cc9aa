// Struct codecs on hand-built values: required and optional fields, unknown keys, positional arrays.
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

namespace {

xmlrpc_c::value strings(std::vector<std::string> items) {
    std::vector<xmlrpc_c::value> out;
    for (const auto& s : items) out.push_back(value_string(s));
    return value_array(out);
}

xmlrpc_c::cstruct process_info_members() {
    return {{"application_name", value_string("demo")}, {"process_name", value_string("ticker")},
            {"statecode", value_int(20)},               {"statename", value_string("RUNNING")},
            {"addresses", strings({"127.0.0.1"})}};
}

/// xmlrpc_c::value cannot be assigned once set: replace the member instead.
void set(xmlrpc_c::cstruct& members, const std::string& key, const xmlrpc_c::value& v) {
    members.erase(key);
    members.emplace(key, v);
}

template <class F>
std::string decode_error(F&& f) {
    try {
        f();
    } catch (const sv::DecodeError& exc) {
        return exc.what();
    }
    return "no DecodeError";
}

}  // namespace

TEST(Structs, DecodeRequiredFields) {
    const auto info = w::decode<sv::SupvisorsProcessInfo>(value_struct(process_info_members()), "x");
    EXPECT_EQ(info.application_name, "demo");
    EXPECT_EQ(info.process_name, "ticker");
    EXPECT_EQ(info.statecode, sv::ProcessStates::RUNNING);
    EXPECT_EQ(info.statename, "RUNNING");
    EXPECT_EQ(info.addresses, std::vector<std::string>{"127.0.0.1"});
}

TEST(Structs, OptionalFieldsAreNulloptWhenAbsentAndSetWhenPresent) {
    auto members = process_info_members();
    auto info = w::decode<sv::SupvisorsProcessInfo>(value_struct(members), "x");
    EXPECT_EQ(info.expected_exit, std::nullopt);
    EXPECT_EQ(info.last_event_time, std::nullopt);
    members.emplace("expected_exit", value_boolean(true));
    members.emplace("last_event_time", value_int(1700000000));
    info = w::decode<sv::SupvisorsProcessInfo>(value_struct(members), "x");
    EXPECT_EQ(info.expected_exit, true);
    EXPECT_TRUE(info.last_event_time == std::chrono::system_clock::from_time_t(1700000000));
}

TEST(Structs, AnOptionalTimeOfTheWrongTypeNamesTheField) {
    auto members = process_info_members();
    members.emplace("last_event_time", value_double(1700000000000.5));  // the old wire: ms as a double
    EXPECT_EQ(decode_error([&] { w::decode<sv::SupvisorsProcessInfo>(value_struct(members), "m"); }),
              "m.last_event_time: expected int (seconds since the epoch), got double 1.7e+12");
}

TEST(Structs, UnknownKeysAreIgnored) {
    auto members = process_info_members();
    members.emplace("some_future_key", value_string("whatever"));
    EXPECT_NO_THROW(w::decode<sv::SupvisorsProcessInfo>(value_struct(members), "x"));
}

TEST(Structs, MissingRequiredKeyNamesTheField) {
    auto members = process_info_members();
    members.erase("statecode");
    EXPECT_EQ(decode_error([&] { w::decode<sv::SupvisorsProcessInfo>(value_struct(members), "supvisors.get_process_info[0]"); }),
              "supvisors.get_process_info[0]: missing field 'statecode' of SupvisorsProcessInfo");
}

TEST(Structs, WrongTypeNamesTheField) {
    auto members = process_info_members();
    set(members, "statecode", value_string("RUNNING"));
    EXPECT_EQ(decode_error([&] { w::decode<sv::SupvisorsProcessInfo>(value_struct(members), "m"); }),
              "m.statecode: expected int, got string 'RUNNING'");
    members = process_info_members();
    set(members, "addresses", value_array(std::vector<xmlrpc_c::value>{value_int(1)}));
    EXPECT_EQ(decode_error([&] { w::decode<sv::SupvisorsProcessInfo>(value_struct(members), "m"); }),
              "m.addresses[0]: expected string, got int 1");
    members = process_info_members();
    set(members, "expected_exit", value_int(1));  // an optional field present with a wrong type
    EXPECT_EQ(decode_error([&] { w::decode<sv::SupvisorsProcessInfo>(value_struct(members), "m"); }),
              "m.expected_exit: expected boolean, got int 1");
}

TEST(Structs, NotAStructIsRefused) {
    EXPECT_EQ(decode_error([] { w::decode<sv::SupervisorState>(value_int(1), "supervisor.getState"); }),
              "supervisor.getState: expected struct SupervisorState, got int 1");
}

TEST(Structs, ArrayShapedStructDecodesPositionally) {
    const value_array tail(std::vector<xmlrpc_c::value>{value_string("tick\n"), value_int(5), value_boolean(true)});
    const auto log = w::decode<sv::LogTail>(tail, "t");
    EXPECT_EQ(log.bytes, "tick\n");
    EXPECT_EQ(log.offset, 5);
    EXPECT_TRUE(log.overflow);
    const value_array changes(std::vector<xmlrpc_c::value>{strings({"a"}), strings({}), strings({"b", "c"})});
    const auto c = w::decode<sv::ConfigChanges>(changes, "c");
    EXPECT_EQ(c.added, std::vector<std::string>{"a"});
    EXPECT_TRUE(c.changed.empty());
    EXPECT_EQ(c.removed, (std::vector<std::string>{"b", "c"}));
}

TEST(Structs, ArrayShapedStructRefusesWrongLengthOrTypes) {
    const value_array short_tail(std::vector<xmlrpc_c::value>{value_string("x"), value_int(5)});
    EXPECT_EQ(decode_error([&] { w::decode<sv::LogTail>(short_tail, "t"); }),
              "t: expected array of 3 items (LogTail), got an array of 2");
    const value_array bad(std::vector<xmlrpc_c::value>{value_string("x"), value_string("5"), value_boolean(false)});
    EXPECT_EQ(decode_error([&] { w::decode<sv::LogTail>(bad, "t"); }), "t.offset: expected int, got string '5'");
    xmlrpc_c::cstruct as_struct{{"bytes", value_string("")}};
    EXPECT_THROW(w::decode<sv::LogTail>(value_struct(as_struct), "t"), sv::DecodeError);
}

TEST(Structs, EncodeThenDecodeGivesTheSameStruct) {
    sv::SupvisorsProcessInfo info;
    info.application_name = "demo";
    info.statecode = sv::ProcessStates::BACKOFF;
    info.addresses = {"a", "b"};
    EXPECT_EQ(w::decode<sv::SupvisorsProcessInfo>(w::encode(info), "x"), info);
    const xmlrpc_c::cstruct members = value_struct(w::encode(info)).cvalue();
    EXPECT_EQ(members.count("expected_exit"), 0u);  // absent optional fields are not sent
    info.expected_exit = false;
    EXPECT_EQ(w::decode<sv::SupvisorsProcessInfo>(w::encode(info), "x"), info);
    const sv::LogTail tail{"abc", 3, false};
    EXPECT_EQ(w::decode<sv::LogTail>(w::encode(tail), "x"), tail);
    EXPECT_EQ(w::encode(tail).type(), xmlrpc_c::value::TYPE_ARRAY);
}
