#!/bin/sh
# Test of bin/refract-collector.sh, run by the build (pom.xml, phase test): G1's fixed marking threshold added, and
# JAVA_OPTS left alone when it already says when to mark or chooses another collector; the options it adds are ones
# the JDK that runs the build accepts.
#   sh refract-collector-test.sh <the script>
set -u
SCRIPT=$1
fail() { echo "refract-collector-test: FAILED: $*" >&2; exit 1; }

opts() {   # JAVA_OPTS before: prints JAVA_OPTS after, in a fresh shell (as standalone.sh runs)
    sh -c 'JAVA_OPTS="$1"; . "$2"; echo "$JAVA_OPTS"' sh "$1" "$SCRIPT"
}
FIXED="-XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=45"

[ "$(opts '-Xmx1g')" = "-Xmx1g $FIXED" ] || fail "added: $(opts '-Xmx1g')"
[ "$(opts '')" = " $FIXED" ] || fail "no JAVA_OPTS: $(opts '')"
[ "$(opts '-XX:InitiatingHeapOccupancyPercent=30')" = "-XX:InitiatingHeapOccupancyPercent=30" ] \
    || fail "a threshold of its own: $(opts '-XX:InitiatingHeapOccupancyPercent=30')"
[ "$(opts '-XX:+G1UseAdaptiveIHOP')" = "-XX:+G1UseAdaptiveIHOP" ] || fail "adaptive asked for: $(opts '-XX:+G1UseAdaptiveIHOP')"
[ "$(opts '-Xmx1g -XX:+UseParallelGC')" = "-Xmx1g -XX:+UseParallelGC" ] || fail "another collector: $(opts '-XX:+UseParallelGC')"
[ "$(opts '-XX:+UseG1GC')" = "-XX:+UseG1GC $FIXED" ] || fail "G1 named: $(opts '-XX:+UseG1GC')"
# the JDK accepts the options and G1 takes them (a JVM refuses an unknown -XX option)
java $FIXED -XX:+UseG1GC -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q 'G1UseAdaptiveIHOP *= false' \
    || fail "the JDK did not take $FIXED"
echo "refract-collector-test: passed"
