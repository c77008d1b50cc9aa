// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// Enums of the Supvisors API. Each value's underlying int is its wire code; to_string() gives the
// spec name, and from_code<E>() / from_string<E>() (enum_support.hpp) convert back.
#pragma once

#include <array>
#include <string_view>

#include "supvisors/enum_support.hpp"

namespace supvisors {

/// State of the Supvisors cluster, as seen by the node that answers.
enum class SupvisorsStates : int {
    /// The nodes are being synchronized; most requests are refused.
    INITIALIZATION = 0,
    /// The master starts the applications that have a start sequence.
    DEPLOYMENT = 1,
    /// Normal operation.
    OPERATION = 2,
    /// Conflicts (a process running on several nodes) are being settled.
    CONCILIATION = 3,
    /// Applications are being stopped before every supervisord restarts.
    RESTARTING = 4,
    /// Applications are being stopped before every supervisord shuts down.
    SHUTTING_DOWN = 5,
    /// Final state.
    SHUTDOWN = 6,
};

/// The spec name of a SupvisorsStates value ("" for a code unknown to the spec).
constexpr std::string_view to_string(SupvisorsStates v) noexcept {
    switch (v) {
        case SupvisorsStates::INITIALIZATION: return "INITIALIZATION";
        case SupvisorsStates::DEPLOYMENT: return "DEPLOYMENT";
        case SupvisorsStates::OPERATION: return "OPERATION";
        case SupvisorsStates::CONCILIATION: return "CONCILIATION";
        case SupvisorsStates::RESTARTING: return "RESTARTING";
        case SupvisorsStates::SHUTTING_DOWN: return "SHUTTING_DOWN";
        case SupvisorsStates::SHUTDOWN: return "SHUTDOWN";
    }
    return "";
}

template <>
struct EnumTraits<SupvisorsStates> {
    static constexpr std::string_view name = "SupvisorsStates";
    static constexpr std::array<SupvisorsStates, 7> values{
        SupvisorsStates::INITIALIZATION,
        SupvisorsStates::DEPLOYMENT,
        SupvisorsStates::OPERATION,
        SupvisorsStates::CONCILIATION,
        SupvisorsStates::RESTARTING,
        SupvisorsStates::SHUTTING_DOWN,
        SupvisorsStates::SHUTDOWN,
    };
};

/// State of one Supvisors node (one supervisord) in the cluster.
enum class AddressStates : int {
    /// Nothing heard from the node yet.
    UNKNOWN = 0,
    /// The node was heard and its snapshot is being checked.
    CHECKING = 1,
    /// The node is an active member of the cluster.
    RUNNING = 2,
    /// The node stopped sending heartbeats.
    SILENT = 3,
    /// The silent node is being fenced (auto_fence).
    ISOLATING = 4,
    /// The node is fenced until it restarts.
    ISOLATED = 5,
};

/// The spec name of a AddressStates value ("" for a code unknown to the spec).
constexpr std::string_view to_string(AddressStates v) noexcept {
    switch (v) {
        case AddressStates::UNKNOWN: return "UNKNOWN";
        case AddressStates::CHECKING: return "CHECKING";
        case AddressStates::RUNNING: return "RUNNING";
        case AddressStates::SILENT: return "SILENT";
        case AddressStates::ISOLATING: return "ISOLATING";
        case AddressStates::ISOLATED: return "ISOLATED";
    }
    return "";
}

template <>
struct EnumTraits<AddressStates> {
    static constexpr std::string_view name = "AddressStates";
    static constexpr std::array<AddressStates, 6> values{
        AddressStates::UNKNOWN,
        AddressStates::CHECKING,
        AddressStates::RUNNING,
        AddressStates::SILENT,
        AddressStates::ISOLATING,
        AddressStates::ISOLATED,
    };
};

/// State of an application (a supervisor group managed by Supvisors).
enum class ApplicationStates : int {
    /// Not evaluated yet.
    UNKNOWN = 0,
    /// No process of the application is running.
    STOPPED = 1,
    /// At least one process is starting.
    STARTING = 2,
    /// At least one process is stopping.
    STOPPING = 3,
    /// At least one process is running and none is starting or stopping.
    RUNNING = 4,
};

/// The spec name of a ApplicationStates value ("" for a code unknown to the spec).
constexpr std::string_view to_string(ApplicationStates v) noexcept {
    switch (v) {
        case ApplicationStates::UNKNOWN: return "UNKNOWN";
        case ApplicationStates::STOPPED: return "STOPPED";
        case ApplicationStates::STARTING: return "STARTING";
        case ApplicationStates::STOPPING: return "STOPPING";
        case ApplicationStates::RUNNING: return "RUNNING";
    }
    return "";
}

template <>
struct EnumTraits<ApplicationStates> {
    static constexpr std::string_view name = "ApplicationStates";
    static constexpr std::array<ApplicationStates, 5> values{
        ApplicationStates::UNKNOWN,
        ApplicationStates::STOPPED,
        ApplicationStates::STARTING,
        ApplicationStates::STOPPING,
        ApplicationStates::RUNNING,
    };
};

/// State of a process; the codes are supervisor's own.
enum class ProcessStates : int {
    /// Stopped, or never started.
    STOPPED = 0,
    /// Starting.
    STARTING = 10,
    /// Running.
    RUNNING = 20,
    /// Exited too quickly and will be retried.
    BACKOFF = 30,
    /// Stopping.
    STOPPING = 40,
    /// Exited from RUNNING.
    EXITED = 100,
    /// Could not be started.
    FATAL = 200,
    /// Unknown (e.g. on a lost node).
    UNKNOWN = 1000,
};

/// The spec name of a ProcessStates value ("" for a code unknown to the spec).
constexpr std::string_view to_string(ProcessStates v) noexcept {
    switch (v) {
        case ProcessStates::STOPPED: return "STOPPED";
        case ProcessStates::STARTING: return "STARTING";
        case ProcessStates::RUNNING: return "RUNNING";
        case ProcessStates::BACKOFF: return "BACKOFF";
        case ProcessStates::STOPPING: return "STOPPING";
        case ProcessStates::EXITED: return "EXITED";
        case ProcessStates::FATAL: return "FATAL";
        case ProcessStates::UNKNOWN: return "UNKNOWN";
    }
    return "";
}

template <>
struct EnumTraits<ProcessStates> {
    static constexpr std::string_view name = "ProcessStates";
    static constexpr std::array<ProcessStates, 8> values{
        ProcessStates::STOPPED,
        ProcessStates::STARTING,
        ProcessStates::RUNNING,
        ProcessStates::BACKOFF,
        ProcessStates::STOPPING,
        ProcessStates::EXITED,
        ProcessStates::FATAL,
        ProcessStates::UNKNOWN,
    };
};

/// State of one supervisord, as supervisor.getState reports it.
enum class SupervisorStates : int {
    /// supervisord met an unrecoverable error.
    FATAL = 2,
    /// supervisord is working normally.
    RUNNING = 1,
    /// supervisord is restarting.
    RESTARTING = 0,
    /// supervisord is shutting down.
    SHUTDOWN = -1,
};

/// The spec name of a SupervisorStates value ("" for a code unknown to the spec).
constexpr std::string_view to_string(SupervisorStates v) noexcept {
    switch (v) {
        case SupervisorStates::FATAL: return "FATAL";
        case SupervisorStates::RUNNING: return "RUNNING";
        case SupervisorStates::RESTARTING: return "RESTARTING";
        case SupervisorStates::SHUTDOWN: return "SHUTDOWN";
    }
    return "";
}

template <>
struct EnumTraits<SupervisorStates> {
    static constexpr std::string_view name = "SupervisorStates";
    static constexpr std::array<SupervisorStates, 4> values{
        SupervisorStates::FATAL,
        SupervisorStates::RUNNING,
        SupervisorStates::RESTARTING,
        SupervisorStates::SHUTDOWN,
    };
};

/// How Supvisors chooses the node that starts a process.
enum class DeploymentStrategies : int {
    /// The first RUNNING node of the process' address list, in rules order.
    CONFIG = 0,
    /// The RUNNING node with the lowest load that can take the process.
    LESS_LOADED = 1,
    /// The RUNNING node with the highest load that can still take the process.
    MOST_LOADED = 2,
    /// Extension: the node that received the request, if the rules allow it.
    LOCAL = 3,
};

/// The spec name of a DeploymentStrategies value ("" for a code unknown to the spec).
constexpr std::string_view to_string(DeploymentStrategies v) noexcept {
    switch (v) {
        case DeploymentStrategies::CONFIG: return "CONFIG";
        case DeploymentStrategies::LESS_LOADED: return "LESS_LOADED";
        case DeploymentStrategies::MOST_LOADED: return "MOST_LOADED";
        case DeploymentStrategies::LOCAL: return "LOCAL";
    }
    return "";
}

template <>
struct EnumTraits<DeploymentStrategies> {
    static constexpr std::string_view name = "DeploymentStrategies";
    static constexpr std::array<DeploymentStrategies, 4> values{
        DeploymentStrategies::CONFIG,
        DeploymentStrategies::LESS_LOADED,
        DeploymentStrategies::MOST_LOADED,
        DeploymentStrategies::LOCAL,
    };
};

/// How the master settles a conflict (a process running on more than one node).
enum class ConciliationStrategies : int {
    /// Keep the youngest process, stop the others.
    SENICIDE = 0,
    /// Keep the oldest process, stop the others.
    INFANTICIDE = 1,
    /// Leave the conflict to the user.
    USER = 2,
    /// Stop every instance.
    STOP = 3,
    /// Stop every instance, then start one by the deployment strategy.
    RESTART = 4,
};

/// The spec name of a ConciliationStrategies value ("" for a code unknown to the spec).
constexpr std::string_view to_string(ConciliationStrategies v) noexcept {
    switch (v) {
        case ConciliationStrategies::SENICIDE: return "SENICIDE";
        case ConciliationStrategies::INFANTICIDE: return "INFANTICIDE";
        case ConciliationStrategies::USER: return "USER";
        case ConciliationStrategies::STOP: return "STOP";
        case ConciliationStrategies::RESTART: return "RESTART";
    }
    return "";
}

template <>
struct EnumTraits<ConciliationStrategies> {
    static constexpr std::string_view name = "ConciliationStrategies";
    static constexpr std::array<ConciliationStrategies, 5> values{
        ConciliationStrategies::SENICIDE,
        ConciliationStrategies::INFANTICIDE,
        ConciliationStrategies::USER,
        ConciliationStrategies::STOP,
        ConciliationStrategies::RESTART,
    };
};

}  // namespace supvisors
