// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// One exception class per fault code of the spec, all subclasses of supvisors::Fault.
#pragma once

#include <string>

#include "supvisors/errors.hpp"

namespace supvisors {

/// Fault UNKNOWN_METHOD (1): The method does not exist.
class UnknownMethod : public Fault {
public:
    static constexpr int CODE = 1;
    static constexpr const char* NAME = "UNKNOWN_METHOD";
    explicit UnknownMethod(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault INCORRECT_PARAMETERS (2): Wrong number or type of parameters.
class IncorrectParameters : public Fault {
public:
    static constexpr int CODE = 2;
    static constexpr const char* NAME = "INCORRECT_PARAMETERS";
    explicit IncorrectParameters(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault BAD_ARGUMENTS (3): Arguments are not acceptable.
class BadArguments : public Fault {
public:
    static constexpr int CODE = 3;
    static constexpr const char* NAME = "BAD_ARGUMENTS";
    explicit BadArguments(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault SIGNATURE_UNSUPPORTED (4): The method has no signature or help.
class SignatureUnsupported : public Fault {
public:
    static constexpr int CODE = 4;
    static constexpr const char* NAME = "SIGNATURE_UNSUPPORTED";
    explicit SignatureUnsupported(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault SHUTDOWN_STATE (6): supervisord is shutting down.
class ShutdownState : public Fault {
public:
    static constexpr int CODE = 6;
    static constexpr const char* NAME = "SHUTDOWN_STATE";
    explicit ShutdownState(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault BAD_NAME (10): No process, group or application of that name.
class BadName : public Fault {
public:
    static constexpr int CODE = 10;
    static constexpr const char* NAME = "BAD_NAME";
    explicit BadName(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault BAD_SIGNAL (11): Not a signal name or number.
class BadSignal : public Fault {
public:
    static constexpr int CODE = 11;
    static constexpr const char* NAME = "BAD_SIGNAL";
    explicit BadSignal(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault NO_FILE (20): A file (log, command) does not exist.
class NoFile : public Fault {
public:
    static constexpr int CODE = 20;
    static constexpr const char* NAME = "NO_FILE";
    explicit NoFile(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault NOT_EXECUTABLE (21): The command cannot be executed.
class NotExecutable : public Fault {
public:
    static constexpr int CODE = 21;
    static constexpr const char* NAME = "NOT_EXECUTABLE";
    explicit NotExecutable(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault FAILED (30): The operation failed.
class Failed : public Fault {
public:
    static constexpr int CODE = 30;
    static constexpr const char* NAME = "FAILED";
    explicit Failed(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault ABNORMAL_TERMINATION (40): The process could not be started or stopped as asked.
class AbnormalTermination : public Fault {
public:
    static constexpr int CODE = 40;
    static constexpr const char* NAME = "ABNORMAL_TERMINATION";
    explicit AbnormalTermination(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault SPAWN_ERROR (50): The process could not be spawned.
class SpawnError : public Fault {
public:
    static constexpr int CODE = 50;
    static constexpr const char* NAME = "SPAWN_ERROR";
    explicit SpawnError(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault ALREADY_STARTED (60): The process or application is already running.
class AlreadyStarted : public Fault {
public:
    static constexpr int CODE = 60;
    static constexpr const char* NAME = "ALREADY_STARTED";
    explicit AlreadyStarted(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault NOT_RUNNING (70): The process is not running.
class NotRunning : public Fault {
public:
    static constexpr int CODE = 70;
    static constexpr const char* NAME = "NOT_RUNNING";
    explicit NotRunning(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault SUCCESS (80): Not a fault: the status code of a successful item in a group result.
class Success : public Fault {
public:
    static constexpr int CODE = 80;
    static constexpr const char* NAME = "SUCCESS";
    explicit Success(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault ALREADY_ADDED (90): The process group is already active.
class AlreadyAdded : public Fault {
public:
    static constexpr int CODE = 90;
    static constexpr const char* NAME = "ALREADY_ADDED";
    explicit AlreadyAdded(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault STILL_RUNNING (91): The process group still has running processes.
class StillRunning : public Fault {
public:
    static constexpr int CODE = 91;
    static constexpr const char* NAME = "STILL_RUNNING";
    explicit StillRunning(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault CANT_REREAD (92): The configuration file cannot be read again.
class CantReread : public Fault {
public:
    static constexpr int CODE = 92;
    static constexpr const char* NAME = "CANT_REREAD";
    explicit CantReread(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault SUPVISORS_CONF_ERROR (100): The Supvisors configuration or rules file is wrong.
class SupvisorsConfError : public Fault {
public:
    static constexpr int CODE = 100;
    static constexpr const char* NAME = "SUPVISORS_CONF_ERROR";
    explicit SupvisorsConfError(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault BAD_SUPVISORS_STATE (101): The request is not allowed in the current Supvisors state.
class BadSupvisorsState : public Fault {
public:
    static constexpr int CODE = 101;
    static constexpr const char* NAME = "BAD_SUPVISORS_STATE";
    explicit BadSupvisorsState(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault BAD_ADDRESS (102): The address is unknown to Supvisors.
class BadAddress : public Fault {
public:
    static constexpr int CODE = 102;
    static constexpr const char* NAME = "BAD_ADDRESS";
    explicit BadAddress(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault BAD_STRATEGY (103): The strategy is unknown to Supvisors.
class BadStrategy : public Fault {
public:
    static constexpr int CODE = 103;
    static constexpr const char* NAME = "BAD_STRATEGY";
    explicit BadStrategy(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Fault BAD_EXTRA_ARGUMENTS (104): Extra arguments are not allowed for this program.
class BadExtraArguments : public Fault {
public:
    static constexpr int CODE = 104;
    static constexpr const char* NAME = "BAD_EXTRA_ARGUMENTS";
    explicit BadExtraArguments(std::string text) : Fault(CODE, std::move(text)) {}
};

/// Throw the typed exception of a fault code (Fault itself for a code unknown to the spec).
[[noreturn]] void throw_fault(int code, std::string text);

/// The spec name of a fault code ("" for a code unknown to the spec).
const char* fault_name(int code) noexcept;

}  // namespace supvisors
