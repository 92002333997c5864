#!/bin/sh
# Test of bin/refract-collector.sh, run by the build (pom.xml, phase test): the class metadata's first collection
# threshold and G1's fixed marking threshold added, and JAVA_OPTS left alone where it already says either (or chooses
# another collector, for G1's); the options it adds are ones the JDK that runs the build accepts.
#   sh refract-collector-test.sh <the script>
set -u
SCRIPT=$1
fail() { echo "refract-collector-test: FAILED: $*" >&2; exit 1; }

opts() {   # JAVA_OPTS before: prints JAVA_OPTS after, in a fresh shell (as standalone.sh runs)
    sh -c 'JAVA_OPTS="$1"; . "$2"; echo "$JAVA_OPTS"' sh "$1" "$SCRIPT"
}
META="-XX:MetaspaceSize=128m"
FIXED="-XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=45"

[ "$(opts '-Xmx1g')" = "-Xmx1g $META $FIXED" ] || fail "added: $(opts '-Xmx1g')"
[ "$(opts '')" = " $META $FIXED" ] || fail "no JAVA_OPTS: $(opts '')"
[ "$(opts '-XX:InitiatingHeapOccupancyPercent=30')" = "-XX:InitiatingHeapOccupancyPercent=30 $META" ] \
    || fail "a threshold of its own: $(opts '-XX:InitiatingHeapOccupancyPercent=30')"
[ "$(opts '-XX:+G1UseAdaptiveIHOP')" = "-XX:+G1UseAdaptiveIHOP $META" ] || fail "adaptive asked for: $(opts '-XX:+G1UseAdaptiveIHOP')"
[ "$(opts '-Xmx1g -XX:+UseParallelGC')" = "-Xmx1g -XX:+UseParallelGC $META" ] || fail "another collector: $(opts '-XX:+UseParallelGC')"
[ "$(opts '-XX:+UseG1GC')" = "-XX:+UseG1GC $META $FIXED" ] || fail "G1 named: $(opts '-XX:+UseG1GC')"
[ "$(opts '-XX:MetaspaceSize=64m')" = "-XX:MetaspaceSize=64m $FIXED" ] || fail "a metadata threshold of its own: $(opts '-XX:MetaspaceSize=64m')"
[ "$(opts '-XX:MaxMetaspaceSize=512m')" = "-XX:MaxMetaspaceSize=512m $META $FIXED" ] \
    || fail "a metadata limit is not a threshold: $(opts '-XX:MaxMetaspaceSize=512m')"
# the JDK accepts the options and G1 takes them (a JVM refuses an unknown -XX option)
java $META $FIXED -XX:+UseG1GC -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q 'G1UseAdaptiveIHOP *= false' \
    || fail "the JDK did not take $FIXED"
java $META -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q 'MetaspaceSize *= 134217728' \
    || fail "the JDK did not take $META"
echo "refract-collector-test: passed"
