// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
#include "supvisors/faults.hpp"

namespace supvisors {

void throw_fault(int code, std::string text) {
    switch (code) {
        case UnknownMethod::CODE: throw UnknownMethod(std::move(text));
        case IncorrectParameters::CODE: throw IncorrectParameters(std::move(text));
        case BadArguments::CODE: throw BadArguments(std::move(text));
        case SignatureUnsupported::CODE: throw SignatureUnsupported(std::move(text));
        case ShutdownState::CODE: throw ShutdownState(std::move(text));
        case BadName::CODE: throw BadName(std::move(text));
        case BadSignal::CODE: throw BadSignal(std::move(text));
        case NoFile::CODE: throw NoFile(std::move(text));
        case NotExecutable::CODE: throw NotExecutable(std::move(text));
        case Failed::CODE: throw Failed(std::move(text));
        case AbnormalTermination::CODE: throw AbnormalTermination(std::move(text));
        case SpawnError::CODE: throw SpawnError(std::move(text));
        case AlreadyStarted::CODE: throw AlreadyStarted(std::move(text));
        case NotRunning::CODE: throw NotRunning(std::move(text));
        case Success::CODE: throw Success(std::move(text));
        case AlreadyAdded::CODE: throw AlreadyAdded(std::move(text));
        case StillRunning::CODE: throw StillRunning(std::move(text));
        case CantReread::CODE: throw CantReread(std::move(text));
        case SupvisorsConfError::CODE: throw SupvisorsConfError(std::move(text));
        case BadSupvisorsState::CODE: throw BadSupvisorsState(std::move(text));
        case BadAddress::CODE: throw BadAddress(std::move(text));
        case BadStrategy::CODE: throw BadStrategy(std::move(text));
        case BadExtraArguments::CODE: throw BadExtraArguments(std::move(text));
        default: throw Fault(code, std::move(text));
    }
}

const char* fault_name(int code) noexcept {
    switch (code) {
        case UnknownMethod::CODE: return UnknownMethod::NAME;
        case IncorrectParameters::CODE: return IncorrectParameters::NAME;
        case BadArguments::CODE: return BadArguments::NAME;
        case SignatureUnsupported::CODE: return SignatureUnsupported::NAME;
        case ShutdownState::CODE: return ShutdownState::NAME;
        case BadName::CODE: return BadName::NAME;
        case BadSignal::CODE: return BadSignal::NAME;
        case NoFile::CODE: return NoFile::NAME;
        case NotExecutable::CODE: return NotExecutable::NAME;
        case Failed::CODE: return Failed::NAME;
        case AbnormalTermination::CODE: return AbnormalTermination::NAME;
        case SpawnError::CODE: return SpawnError::NAME;
        case AlreadyStarted::CODE: return AlreadyStarted::NAME;
        case NotRunning::CODE: return NotRunning::NAME;
        case Success::CODE: return Success::NAME;
        case AlreadyAdded::CODE: return AlreadyAdded::NAME;
        case StillRunning::CODE: return StillRunning::NAME;
        case CantReread::CODE: return CantReread::NAME;
        case SupvisorsConfError::CODE: return SupvisorsConfError::NAME;
        case BadSupvisorsState::CODE: return BadSupvisorsState::NAME;
        case BadAddress::CODE: return BadAddress::NAME;
        case BadStrategy::CODE: return BadStrategy::NAME;
        case BadExtraArguments::CODE: return BadExtraArguments::NAME;
        default: return "";
    }
}

}  // namespace supvisors
