#!/usr/bin/env bash
# make dist: the release packages of VERSION into dist/, each checked as a user would take it.
#   dist/python/  supvisors and supvisors-client: wheel + sdist each (python -m build); checked by
#                 twine check --strict, scripts/check_wheels.py (metadata, files), and a fresh venv
#                 that installs both wheels and imports both packages with their __version__
#   dist/java/    supvisors-client-VERSION.jar, -sources.jar, -javadoc.jar and .pom (mvn -Prelease);
#                 checked by clients/java/scripts/check_consumer.sh (install-file, a consumer project)
#   dist/cpp/     supvisors_client-VERSION-<os>-<arch>-{shared,static}.tar.gz: a `cmake --install`
#                 prefix each; checked by clients/cpp/tests/install/check_install.sh on the unpacked
#                 archive (a consumer through find_package and one through pkg-config)
#   dist/SHA256SUMS
# Work files and logs: build/dist/. Usage: scripts/dist.sh [PYTHON] (the venv's python by default).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${1:-$ROOT/.venv/bin/python}
VERSION=$(cat VERSION)
DIST=$ROOT/dist
WORK=$ROOT/build/dist
JOBS=${JOBS:-2}
rm -rf "$DIST" "$WORK"
mkdir -p "$DIST"/{python,java,cpp} "$WORK"
step() { echo "== dist: $*"; }
# Run a command with its output in a log, shown only if it fails.
logged() {
  local log=$WORK/$1.log; shift
  "$@" >"$log" 2>&1 || { tail -n 60 "$log" >&2; echo "dist: failed: $* (log: $log)" >&2; exit 1; }
}

# ---------------------------------------------------------------- Python
step "python wheels and sdists"
for project in server clients/python; do
  logged "build-$(basename "$project")" "$PY" -m build --sdist --wheel --outdir "$DIST/python" "$project"
done
# twine colours its verdicts even off a terminal: plain text for the logs.
"$PY" -m twine check --strict "$DIST"/python/* 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g'
"$PY" scripts/check_wheels.py "$DIST/python" "$VERSION"
step "python: a fresh venv with both wheels"
logged venv python3 -m venv "$WORK/venv"
logged pip-install "$WORK/venv/bin/pip" install --find-links "$DIST/python" \
  "supvisors==$VERSION" "supvisors-client==$VERSION"
logged pip-check "$WORK/venv/bin/pip" check
(cd "$WORK" && "$WORK/venv/bin/python" - "$VERSION" <<'PYCHECK'
import importlib.util
import sys

import supvisors
import supvisors.plugin  # noqa: F401  (imports supervisor and pyzmq: the dependencies resolve)
import supvisors_client

version = sys.argv[1]
assert supvisors.__version__ == version, (supvisors.__version__, version)
assert supvisors_client.__version__ == version, (supvisors_client.__version__, version)
assert supvisors_client.SupvisorsStates.CONCILIATION == 3
for stray in ("testee", "harness", "codegen"):
    assert importlib.util.find_spec(stray) is None, f"{stray} is installed with the wheels"
print(f"fresh venv: supvisors {supvisors.__version__} and supvisors_client {supvisors_client.__version__} import")
PYCHECK
)

# ---------------------------------------------------------------- Java
step "java jars"
logged java-package mvn -B -q -ntp -Dstyle.color=never -f clients/java/pom.xml -Prelease -DskipTests clean package
for suffix in .jar -sources.jar -javadoc.jar; do
  cp "clients/java/target/supvisors-client-$VERSION$suffix" "$DIST/java/"
done
cp clients/java/target/.flattened-pom.xml "$DIST/java/supvisors-client-$VERSION.pom"
step "java: a consumer project against the jars"
clients/java/scripts/check_consumer.sh "$DIST/java" "$VERSION" "$WORK/java-consumer"

# ---------------------------------------------------------------- C++
PLATFORM=$(uname -s)-$(uname -m)
for kind in shared static; do
  shared=OFF; [ "$kind" = shared ] && shared=ON
  name=supvisors_client-$VERSION-$PLATFORM-$kind
  step "c++ package $name.tar.gz"
  logged "cpp-configure-$kind" cmake -S clients/cpp -B "$WORK/cpp-$kind" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=$shared -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror"
  logged "cpp-build-$kind" cmake --build "$WORK/cpp-$kind" -j"$JOBS"
  logged "cpp-install-$kind" cmake --install "$WORK/cpp-$kind" --prefix "$WORK/stage/$name"
  tar -C "$WORK/stage" -czf "$DIST/cpp/$name.tar.gz" "$name"
  # Unpacked somewhere else than where it was installed: the package is relocatable.
  mkdir -p "$WORK/unpacked-$kind"
  tar -C "$WORK/unpacked-$kind" -xzf "$DIST/cpp/$name.tar.gz"
  clients/cpp/tests/install/check_install.sh "$WORK/unpacked-$kind/$name" "$kind" "$VERSION" "$WORK/cpp-consumer-$kind"
done

(cd "$DIST" && find . -type f ! -name SHA256SUMS | sort | sed 's|^\./||' | xargs sha256sum > SHA256SUMS)
step "done: dist/ holds $(find "$DIST" -type f ! -name SHA256SUMS | wc -l) checked packages of $VERSION"
(cd "$DIST" && find . -type f | sort | sed 's|^\./|  |')
