#!/usr/bin/env bash
# run.sh WORKDIR: the install test of the C++ client. For a static and a shared build (BUILD_SHARED_LIBS),
# each configured without BUILD_TESTING (so without GTest or nlohmann_json, as a packager would):
# build, `cmake --install` into a fresh prefix, then check_install.sh (find_package and pkg-config
# consumers). CMAKE=... picks another cmake, e.g. an older one from `pip install cmake==3.16.*`.
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: $0 WORKDIR" >&2; exit 2; fi
work=$(mkdir -p "$1" && cd "$1" && pwd)
cmake=${CMAKE:-cmake}
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
version=$(cat "$src/../../VERSION")
for kind in static shared; do
  shared=OFF; [ "$kind" = shared ] && shared=ON
  rm -rf "$work/$kind"; mkdir -p "$work/$kind"
  "$cmake" -S "$src" -B "$work/$kind/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=$shared \
    -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" >"$work/$kind/configure.log" 2>&1 \
    || { cat "$work/$kind/configure.log" >&2; echo "install test: configure ($kind) failed" >&2; exit 1; }
  "$cmake" --build "$work/$kind/build" -j"${JOBS:-2}" >"$work/$kind/build.log" 2>&1 \
    || { tail -50 "$work/$kind/build.log" >&2; echo "install test: build ($kind) failed" >&2; exit 1; }
  "$cmake" --install "$work/$kind/build" --prefix "$work/$kind/prefix" >"$work/$kind/install.log"
  "$here/check_install.sh" "$work/$kind/prefix" "$kind" "$version" "$work/$kind/consumer"
done
