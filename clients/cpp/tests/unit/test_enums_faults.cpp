// Enums (names, codes, round trips) and faults (one class per code, the base for unknown codes).
#include <gtest/gtest.h>

#include "supvisors/client.hpp"

namespace sv = supvisors;

template <class E>
void expect_round_trips() {
    for (E v : sv::EnumTraits<E>::values) {
        const std::string_view name = sv::to_string(v);
        EXPECT_FALSE(name.empty()) << sv::EnumTraits<E>::name;
        EXPECT_EQ(sv::from_string<E>(name), v) << name;
        EXPECT_EQ(sv::from_code<E>(sv::code(v)), v) << name;
    }
    EXPECT_EQ(sv::from_string<E>("NOT_A_VALUE"), std::nullopt);
}

TEST(Enums, EveryValueRoundTripsByNameAndCode) {
    expect_round_trips<sv::SupvisorsStates>();
    expect_round_trips<sv::AddressStates>();
    expect_round_trips<sv::ApplicationStates>();
    expect_round_trips<sv::ProcessStates>();
    expect_round_trips<sv::SupervisorStates>();
    expect_round_trips<sv::DeploymentStrategies>();
    expect_round_trips<sv::ConciliationStrategies>();
}

TEST(Enums, CodesAreTheWireCodesOfTheDesign) {
    EXPECT_EQ(sv::code(sv::SupvisorsStates::SHUTDOWN), 6);
    EXPECT_EQ(sv::code(sv::AddressStates::ISOLATED), 5);
    EXPECT_EQ(sv::code(sv::ApplicationStates::RUNNING), 4);
    EXPECT_EQ(sv::code(sv::ProcessStates::FATAL), 200);
    EXPECT_EQ(sv::code(sv::ProcessStates::UNKNOWN), 1000);
    EXPECT_EQ(sv::code(sv::SupervisorStates::SHUTDOWN), -1);
    EXPECT_EQ(sv::code(sv::DeploymentStrategies::MOST_LOADED), 2);
    EXPECT_EQ(sv::code(sv::ConciliationStrategies::RESTART), 4);
    EXPECT_EQ(sv::EnumTraits<sv::ProcessStates>::values.size(), 8u);
    EXPECT_EQ(sv::EnumTraits<sv::ProcessStates>::name, "ProcessStates");
}

TEST(Enums, UnknownCodesHaveNoValueAndNoName) {
    EXPECT_EQ(sv::from_code<sv::ProcessStates>(5), std::nullopt);
    EXPECT_EQ(sv::to_string(static_cast<sv::ProcessStates>(5)), "");
    EXPECT_EQ(sv::from_string<sv::ProcessStates>("running"), std::nullopt);  // names are exact
}

TEST(Faults, EachCodeThrowsItsOwnClass) {
    EXPECT_THROW(sv::throw_fault(10, "BAD_NAME: x"), sv::BadName);
    EXPECT_THROW(sv::throw_fault(60, "ALREADY_STARTED: x"), sv::AlreadyStarted);
    EXPECT_THROW(sv::throw_fault(101, "BAD_SUPVISORS_STATE"), sv::BadSupvisorsState);
    EXPECT_THROW(sv::throw_fault(102, ""), sv::BadAddress);
    EXPECT_THROW(sv::throw_fault(103, ""), sv::BadStrategy);
    EXPECT_THROW(sv::throw_fault(104, ""), sv::BadExtraArguments);
    EXPECT_THROW(sv::throw_fault(100, ""), sv::SupvisorsConfError);
    EXPECT_EQ(sv::BadName::CODE, 10);
    EXPECT_STREQ(sv::fault_name(40), "ABNORMAL_TERMINATION");
}

TEST(Faults, CarryCodeAndTextAndDeriveFromFault) {
    try {
        sv::throw_fault(70, "NOT_RUNNING: demo:ticker");
        FAIL() << "no exception";
    } catch (const sv::NotRunning& fault) {
        EXPECT_EQ(fault.code(), 70);
        EXPECT_EQ(fault.text(), "NOT_RUNNING: demo:ticker");
        EXPECT_STREQ(fault.what(), "[70] NOT_RUNNING: demo:ticker");
        const sv::Fault& base = fault;
        EXPECT_EQ(base.code(), 70);
    }
}

TEST(Faults, UnknownCodeIsTheBaseClass) {
    try {
        sv::throw_fault(999, "strange");
        FAIL() << "no exception";
    } catch (const sv::Fault& fault) {
        EXPECT_EQ(fault.code(), 999);
        EXPECT_EQ(typeid(fault), typeid(sv::Fault));
        EXPECT_STREQ(sv::fault_name(999), "");
    }
}

TEST(Errors, TransportAndDecodeErrorsAreClientErrorsNotFaults) {
    EXPECT_THROW(throw sv::TransportError("x"), sv::ClientError);
    EXPECT_THROW(throw sv::DecodeError("x"), sv::ClientError);
    EXPECT_FALSE((std::is_base_of_v<sv::Fault, sv::ClientError>));
    EXPECT_FALSE((std::is_base_of_v<sv::ClientError, sv::Fault>));
}
