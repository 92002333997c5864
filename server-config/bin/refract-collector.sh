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

# Whether JAVA_OPTS chooses a collector other than G1, whose options the functions below set.
refract_other_collector() {
    case "$JAVA_OPTS" in
        *-XX:+UseParallelGC*|*-XX:+UseSerialGC*|*-XX:+UseZGC*|*-XX:+UseShenandoahGC*|*-XX:+UseEpsilonGC*) return 0 ;;
    esac
    return 1
}

refract_collector() {
    refract_other_collector && return 0
    case "$JAVA_OPTS" in
        *G1UseAdaptiveIHOP*|*InitiatingHeapOccupancyPercent*) return 0 ;;
    esac
    JAVA_OPTS="$JAVA_OPTS -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=45"
}
refract_collector

# Also, G1's young generation during a start (docs/performance.md, "Thirty-fourth round"). G1 begins with the smallest
# young generation it allows (5 % of the heap: 13 MB of a 256 MB start) and grows it from the pauses it has seen, so a
# start ran 14 young collections before it was ready, half of them while the young generation was under 64 MB, each
# stopping every thread to copy the frameworks' new long-lived objects; 0.7 s of pauses in all. A floor of a quarter
# of the maximum heap (-XX:NewSize; G1 still grows the young generation above it, as it does under load to some
# 600 MB of 1 GB) lets a start run a few larger collections instead. Only where JAVA_OPTS names the maximum heap
# (-Xmx or MaxHeapSize), and left alone where it sizes the young generation itself (-Xmn, NewSize, MaxNewSize,
# G1NewSizePercent) or chooses another collector.
refract_young() {
    refract_other_collector && return 0
    case "$JAVA_OPTS" in
        *-Xmn*|*NewSize=*|*G1NewSizePercent*) return 0 ;;
    esac
    refract_heap=""
    for refract_opt in $JAVA_OPTS; do   # the last one counts, as for the JVM
        case "$refract_opt" in
            -Xmx*) refract_heap=${refract_opt#-Xmx} ;;
            -XX:MaxHeapSize=*) refract_heap=${refract_opt#-XX:MaxHeapSize=} ;;
        esac
    done
    case "$refract_heap" in
        *[gG]) refract_unit=1048576 ;;
        *[mM]) refract_unit=1024 ;;
        *[kK]) refract_unit=1 ;;
        *) return 0 ;;   # none, or in bytes: too rare to guess at
    esac
    refract_heap=${refract_heap%?}
    case "$refract_heap" in
        ""|*[!0-9]*) return 0 ;;
    esac
    refract_young_mb=$(( refract_heap * refract_unit / 4096 ))   # a quarter, in MB
    [ "$refract_young_mb" -ge 32 ] || return 0
    JAVA_OPTS="$JAVA_OPTS -XX:NewSize=${refract_young_mb}m"
}
refract_young
