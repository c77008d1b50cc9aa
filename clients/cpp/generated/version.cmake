# DO NOT EDIT: generated from VERSION by `make generate (python -m codegen)`.
# The version of every Supvisors package (VERSION at the repository root); CMakeLists.txt reads it
# before project().
set(SUPVISORS_CLIENT_VERSION "0.1.0")
