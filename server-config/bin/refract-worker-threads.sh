# Refract: four request threads per processor (issue 16; docs/performance.md, "Twenty-first round").
#
# Sourced by standalone.conf (POSIX sh). Undertow runs each request on a thread of the IO subsystem's worker, of which
# WildFly allows sixteen per processor (32 on 2 cores). The portal's pages spend most of their time on the processor,
# so with more requests than processors the threads only take turns: every request in flight gets slower, and the
# slowest get slowest. With four per processor, those beyond run one after another from the worker's queue: on
# 2 cores, 16 users, the 95th percentile of the worklist fell from 65 to 51 ms, of the case page from 116 to 104 ms,
# the pages' throughput the same (the login page's up to 10 % lower: Undertow's IO threads spin more).
# configure-limits.cli reads the number from -Drefract.http.worker-threads (8 when unset, as for servers not started
# by standalone.sh); this sets it from the processors the JVM may use, unless JAVA_OPTS already names it. A
# -Drefract.http.worker-threads=N argument to standalone.sh takes precedence over both.
refract_worker_threads() {
    case "$JAVA_OPTS" in
        *-Drefract.http.worker-threads=*) return 0 ;;
    esac
    refract_cpus=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null) || return 0
    case "$refract_cpus" in
        ''|*[!0-9]*) return 0 ;;
    esac
    refract_threads=$((refract_cpus * 4))
    [ "$refract_threads" -ge 8 ] || refract_threads=8
    JAVA_OPTS="$JAVA_OPTS -Drefract.http.worker-threads=$refract_threads"
}
refract_worker_threads
