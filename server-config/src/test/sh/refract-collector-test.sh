#!/bin/sh
# Test of bin/refract-collector.sh, run by the build (pom.xml, phase test): the class metadata's first collection
# threshold, G1's fixed marking threshold and the young generation's floor added, and JAVA_OPTS left alone where it
# already says any of them (or chooses another collector, for G1's); the options it adds are ones the JDK that runs the
# build accepts.
#   sh refract-collector-test.sh <the script>
set -u
SCRIPT=$1
fail() { echo "refract-collector-test: FAILED: $*" >&2; exit 1; }

opts() {   # JAVA_OPTS before: prints JAVA_OPTS after, in a fresh shell (as standalone.sh runs)
    sh -c 'JAVA_OPTS="$1"; . "$2"; echo "$JAVA_OPTS"' sh "$1" "$SCRIPT"
}
expect() {   # JAVA_OPTS before, JAVA_OPTS expected after, what the case is
    [ "$(opts "$1")" = "$2" ] || fail "$3: '$1' became '$(opts "$1")'"
}
META="-XX:MetaspaceSize=128m"
FIXED="-XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=45"

expect "-Xmx1g" "-Xmx1g $META $FIXED -XX:NewSize=256m" "added"
expect "" " $META $FIXED" "no JAVA_OPTS"
expect "-XX:InitiatingHeapOccupancyPercent=30" "-XX:InitiatingHeapOccupancyPercent=30 $META" "a threshold of its own"
expect "-XX:+G1UseAdaptiveIHOP" "-XX:+G1UseAdaptiveIHOP $META" "adaptive asked for"
expect "-Xmx1g -XX:+UseParallelGC" "-Xmx1g -XX:+UseParallelGC $META" "another collector"
expect "-XX:+UseG1GC" "-XX:+UseG1GC $META $FIXED" "G1 named"
expect "-XX:MetaspaceSize=64m" "-XX:MetaspaceSize=64m $FIXED" "a metadata threshold of its own"
expect "-XX:MaxMetaspaceSize=512m" "-XX:MaxMetaspaceSize=512m $META $FIXED" "a metadata limit is not a threshold"
# the young generation's floor: a quarter of the maximum heap, as the JVM reads it (the last one counts)
expect "-Xms64m -Xmx512m" "-Xms64m -Xmx512m $META $FIXED -XX:NewSize=128m" "WildFly's sizing"
expect "-Xmx2048M" "-Xmx2048M $META $FIXED -XX:NewSize=512m" "in capitals"
expect "-XX:MaxHeapSize=4g" "-XX:MaxHeapSize=4g $META $FIXED -XX:NewSize=1024m" "MaxHeapSize"
expect "-Xmx512m -Xmx1g" "-Xmx512m -Xmx1g $META $FIXED -XX:NewSize=256m" "the last maximum"
expect "-Xmx1g -Xmn200m" "-Xmx1g -Xmn200m $META $FIXED" "a young size of its own"
expect "-Xmx1g -XX:MaxNewSize=300m" "-Xmx1g -XX:MaxNewSize=300m $META $FIXED" "a young limit of its own"
expect "-Xmx100m" "-Xmx100m $META $FIXED" "a small heap"
expect "-Xmx1073741824" "-Xmx1073741824 $META $FIXED" "a heap in bytes"
expect "-Xmxlots" "-Xmxlots $META $FIXED" "a heap that is not a size"
# the JDK accepts the options and G1 takes them (a JVM refuses an unknown -XX option)
java $META $FIXED -XX:+UseG1GC -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q 'G1UseAdaptiveIHOP *= false' \
    || fail "the JDK did not take $FIXED"
java $META -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q 'MetaspaceSize *= 134217728' \
    || fail "the JDK did not take $META"
java -Xmx1g -XX:NewSize=256m -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' NewSize *= 268435456 ' \
    || fail "the JDK did not take -XX:NewSize=256m"
echo "refract-collector-test: passed"
