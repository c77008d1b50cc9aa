#!/usr/bin/env bash
# check_consumer.sh DIR VERSION WORKDIR: checks the released Java client in DIR (the files `make dist`
# writes: supvisors-client-VERSION.jar, -sources.jar, -javadoc.jar and .pom). It installs them in the
# local Maven repository as a user's `mvn install:install-file` would, then builds tests/consumer (a
# user's project that depends on org.supvisors:supvisors-client:VERSION only) in a copy under WORKDIR,
# checks its dependency list (no junit, no xml-apis) and runs it. Any difference fails (exit 1).
set -euo pipefail
if [ $# -ne 3 ]; then echo "usage: $0 DIR VERSION WORKDIR" >&2; exit 2; fi
dir=$(cd "$1" && pwd); version=$2; work=$3
here=$(cd "$(dirname "$0")/.." && pwd)
MVN=(${MVN:-mvn} -B -q -ntp -Dstyle.color=never)
fail() { echo "check_consumer: $*" >&2; exit 1; }
# Debian's Maven prints colour resets even in batch mode: strip them.
mvnq() { "${MVN[@]}" "$@" 2>&1 | sed -u -e 's/\x1b\[[0-9;]*m//g'; }
base="$dir/supvisors-client-$version"
for f in "$base.jar" "$base-sources.jar" "$base-javadoc.jar" "$base.pom"; do
  [ -f "$f" ] || fail "missing $f"
done

# The jars hold what they should: no testee, LICENSE and the generated sources, an API index.
listing=$(unzip -l "$base.jar")
grep -q 'META-INF/LICENSE' <<<"$listing" || fail "no META-INF/LICENSE in the jar"
! grep -qi 'testee' <<<"$listing" || fail "the jar ships testee classes"
# Listings are read whole first: with pipefail, `unzip -l | grep -q` fails when grep exits at its
# first match and unzip then dies of SIGPIPE (a CI failure).
sources=$(unzip -l "$base-sources.jar"); javadoc=$(unzip -l "$base-javadoc.jar")
grep -q 'org/supvisors/rpc/SupvisorsXmlRpc.java' <<<"$sources" || fail "the sources jar lacks the generated sources"
grep -q 'org/supvisors/rpc/SupvisorsXmlRpc.html' <<<"$javadoc" || fail "the javadoc jar lacks SupvisorsXmlRpc.html"
grep -q "<version>$version</version>" "$base.pom" || fail "the POM does not carry version $version"
! grep -q '\${revision}' "$base.pom" || fail "the POM still says \${revision}"

mvnq org.apache.maven.plugins:maven-install-plugin:3.1.2:install-file -Dfile="$base.jar" -DpomFile="$base.pom" \
  -Dsources="$base-sources.jar" -Djavadoc="$base-javadoc.jar" || fail "install-file failed"

rm -rf "$work"; mkdir -p "$work"; cp -r "$here/tests/consumer/." "$work/"
(cd "$work" && mvnq -Dsupvisors.version="$version" package \
   dependency:list -DoutputFile=deps.txt -DexcludeTransitive=false \
   dependency:build-classpath -Dmdep.outputFile=classpath.txt) || fail "the consumer project does not build"
grep -q "org.supvisors:supvisors-client:jar:$version" "$work/deps.txt" || fail "the consumer does not resolve supvisors-client $version"
grep -q 'org.apache.xmlrpc:xmlrpc-client' "$work/deps.txt" || fail "the consumer does not get Apache XML-RPC"
if grep -E '(junit:junit|xml-apis:xml-apis)' "$work/deps.txt"; then fail "junit or xml-apis reach the consumer's classpath"; fi
java -cp "$work/target/classes:$(cat "$work/classpath.txt")" example.Consumer "$version" || fail "the consumer program failed"
echo "check_consumer: supvisors-client $version: jars, POM and a consumer project OK"
