// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// The version of this client: the version of every Supvisors package of the same release (the file
// VERSION at the repository root), as in the CMake package and supvisors_client.pc.
#pragma once

#define SUPVISORS_CLIENT_VERSION_MAJOR 0
#define SUPVISORS_CLIENT_VERSION_MINOR 1
#define SUPVISORS_CLIENT_VERSION_PATCH 0
#define SUPVISORS_CLIENT_VERSION "0.1.0"

namespace supvisors {

/// MAJOR.MINOR.PATCH of the headers in use.
inline constexpr const char* client_version = SUPVISORS_CLIENT_VERSION;

}  // namespace supvisors
