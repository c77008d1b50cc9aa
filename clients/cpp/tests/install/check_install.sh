#!/usr/bin/env bash
# check_install.sh PREFIX static|shared VERSION WORKDIR
# Builds consumer/ (a user's program) against the Supvisors C++ client installed in PREFIX, once with
# CMake's find_package and once with pkg-config, runs both programs, and checks that each links the
# library as PREFIX ships it: static, inside the program; shared, libsupvisors_client.so.MAJOR.MINOR
# needed at run time. Any difference fails (exit 1). CMAKE=... picks another cmake (an older one).
set -euo pipefail
if [ $# -ne 4 ]; then echo "usage: $0 PREFIX static|shared VERSION WORKDIR" >&2; exit 2; fi
prefix=$(cd "$1" && pwd); kind=$2; version=$3; work=$4
cmake=${CMAKE:-cmake}
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "check_install ($kind, $prefix): $*" >&2; exit 1; }

libdir=$(dirname "$(find "$prefix" -name supvisors_client.pc -path '*/pkgconfig/*' -print -quit)")/..
[ -f "$libdir/pkgconfig/supvisors_client.pc" ] || fail "no lib*/pkgconfig/supvisors_client.pc"
libdir=$(cd "$libdir" && pwd)
so=$(find "$libdir" -maxdepth 1 -name 'libsupvisors_client.so*' -print -quit)
a=$(find "$libdir" -maxdepth 1 -name 'libsupvisors_client.a' -print -quit)
case $kind in
  static) [ -n "$a" ] && [ -z "$so" ] || fail "expected libsupvisors_client.a only, found: ${a:-no .a} ${so:-no .so}" ;;
  shared) [ -z "$a" ] && [ -n "$so" ] || fail "expected libsupvisors_client.so only, found: ${a:-no .a} ${so:-no .so}" ;;
  *) fail "kind must be static or shared" ;;
esac
[ -f "$prefix/include/supvisors/client.hpp" ] || fail "no include/supvisors/client.hpp"
[ -f "$prefix/share/doc/supvisors_client/LICENSE" ] || fail "no share/doc/supvisors_client/LICENSE"

# libsupvisors_client among the program's NEEDED entries: yes for shared, no for static.
check_linkage() {
  local program=$1 how=$2
  local dynamic; dynamic=$(readelf -d "$program")  # whole: `readelf | grep -q` races SIGPIPE under pipefail
  if grep -q 'NEEDED.*libsupvisors_client\.so' <<<"$dynamic"; then needed=shared; else needed=static; fi
  [ "$needed" = "$kind" ] || fail "$how: the program links libsupvisors_client as $needed, the prefix has it $kind"
  "$program" "$version" || fail "$how: the consumer program failed"
}

rm -rf "$work"; mkdir -p "$work"
# 1. CMake package (find_package), with the prefix as the only hint.
"$cmake" -S "$here/consumer" -B "$work/cmake" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >"$work/cmake.log" 2>&1 \
  || { cat "$work/cmake.log" >&2; fail "find_package: configure failed"; }
"$cmake" --build "$work/cmake" >>"$work/cmake.log" 2>&1 || { cat "$work/cmake.log" >&2; fail "find_package: build failed"; }
check_linkage "$work/cmake/supvisors_consumer" find_package

# 2. pkg-config, with a plain compiler line (the rpath is the user's business: here the prefix's libdir).
export PKG_CONFIG_PATH="$libdir/pkgconfig"
[ "$(pkg-config --modversion supvisors_client)" = "$version" ] || fail "pkg-config --modversion is not $version"
# shellcheck disable=SC2046
g++ -std=c++17 -Wall -Wextra -Werror -o "$work/pkgconfig_consumer" "$here/consumer/main.cpp" \
  $(pkg-config --cflags --libs supvisors_client) -Wl,-rpath,"$(pkg-config --variable=libdir supvisors_client)" \
  || fail "pkg-config: build failed"
check_linkage "$work/pkgconfig_consumer" pkg-config
echo "check_install: $kind $version in $prefix: find_package and pkg-config consumers OK"
