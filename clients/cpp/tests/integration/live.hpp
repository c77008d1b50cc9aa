// Shared set-up of the integration tests: the supervisord of tests/harness (SUPVISORS_TEST_* env).
#pragma once

#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "supvisors/client.hpp"

namespace supvisors::testing {

inline std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

/// Skips the test unless the harness has set SUPVISORS_TEST_URL/USER/PASSWORD.
class Live : public ::testing::Test {
protected:
    void SetUp() override {
        url = env("SUPVISORS_TEST_URL");
        user = env("SUPVISORS_TEST_USER");
        password = env("SUPVISORS_TEST_PASSWORD");
        if (url.empty()) GTEST_SKIP() << "SUPVISORS_TEST_URL not set: run under tests/harness (make test)";
        client = std::make_unique<Client>(url, user, password, std::chrono::seconds(20));
    }

    /// Poll predicate until it is true or the deadline passes.
    static bool wait_until(const std::function<bool()>& predicate, std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline) {
            if (predicate()) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return predicate();
    }

    std::string url, user, password;
    std::unique_ptr<Client> client;
};

}  // namespace supvisors::testing
