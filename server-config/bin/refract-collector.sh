# Refract: when the garbage collector traces the old generation (issue 16; docs/performance.md, "Twenty-sixth round").
#
# Sourced by standalone.conf (POSIX sh). G1, the JDK's collector on a server, starts tracing the old generation (a
# concurrent marking cycle) once it holds more than a threshold, which G1 adapts as it runs: the heap less a reserve
# and less the young generation, which it counts as headroom to keep free. Under load G1 grows the young generation to
# some 600 MB of the portal's 1 GB heap, while about 300 MB stay live (caches, sessions, the FHIR validator's
# definitions): the adapted threshold fell to 268 MB, below the live data, and a marking cycle followed every young
# collection (8 in 30 s of the case page), each tracing the same 300 MB: 6-7 % of the case page's CPU went to G1's
# marking and the rebuilding of its remembered sets. A fixed threshold of 45 % of the heap (G1's own starting value,
# no longer adapted) starts a cycle when the old generation outgrows it, as it still does when sessions and caches
# accumulate, and the young collections reclaim the rest as before.
#
# Left alone when JAVA_OPTS already says when to mark (G1UseAdaptiveIHOP, InitiatingHeapOccupancyPercent) or chooses
# a collector other than G1, whose options these are not.
#
# Also, with any collector: the class metadata that a start may hold before it triggers a collection of its own
# (docs/performance.md, "Thirty-second round"). The JDK's first threshold is about 21 MB; a started portal holds
# about 51 MB besides the classes mapped from the class-sharing archive, so that every start crossed it, and G1 began
# a marking cycle for it ("Metadata GC Threshold"), one or two per start, each tracing the whole heap while the
# deployment ran. 128 MB is a threshold, not a limit (MaxMetaspaceSize is): past it the JVM collects as before.
# Left alone when JAVA_OPTS sets MetaspaceSize.
refract_metaspace() {
    case "$JAVA_OPTS" in
        *-XX:MetaspaceSize=*) return 0 ;;
    esac
    JAVA_OPTS="$JAVA_OPTS -XX:MetaspaceSize=128m"
}
refract_metaspace
refract_collector() {
    case "$JAVA_OPTS" in
        *G1UseAdaptiveIHOP*|*InitiatingHeapOccupancyPercent*) return 0 ;;
        *-XX:+UseParallelGC*|*-XX:+UseSerialGC*|*-XX:+UseZGC*|*-XX:+UseShenandoahGC*|*-XX:+UseEpsilonGC*) return 0 ;;
    esac
    JAVA_OPTS="$JAVA_OPTS -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=45"
}
refract_collector
