# Refract: the JIT's optimising compiler (C2) takes only idle processors while the server starts (issue 16;
# docs/performance.md, "Thirty-third round").
#
# Sourced by standalone.conf (POSIX sh). On two processors C2 keeps one of them busy for the whole start (14-16 s of
# its thread's time before the portal is ready), optimising code that the start runs a few times and never again,
# while the deployment waits for a processor. While the server starts, its C2 compiler threads run under Linux's
# SCHED_IDLE policy: they take a processor that nothing else wants. The C1 compiler keeps its priority, so code still
# leaves the interpreter as soon as it is hot. Once WildFly reports its start (the marker it writes then,
# <temp dir>/startup-marker), the C2 threads return to the normal policy and compile the pages' code as before; after
# 300 s without that marker they return anyway.
#
# A background process of the launcher does this; it changes nothing where the way back is not allowed: taking a
# thread out of SCHED_IDLE needs CAP_SYS_NICE (root, unless a container dropped it) or a nice limit that allows a nice
# of 0 (RLIMIT_NICE 20: LimitNICE=20 in a systemd unit, "<user> - nice 0" in /etc/security/limits.conf). It tries
# both ways on a process of its own first. Needs chrt (util-linux) and /proc; does nothing elsewhere.
#
#   REFRACT_START_COMPILERS=normal   C2 at its usual priority during the start too

refract_compilers_may_return() {   # whether this user may put a process into SCHED_IDLE and take it out again
    sleep 10 &
    refract_probe=$!
    refract_ok=1
    chrt -i -p 0 "$refract_probe" >/dev/null 2>&1 && chrt -o -p 0 "$refract_probe" >/dev/null 2>&1 && refract_ok=0
    kill "$refract_probe" 2>/dev/null
    wait "$refract_probe" 2>/dev/null
    return $refract_ok
}

refract_compilers_jvm() {   # launcher pid: prints the pid of its child that runs jboss-modules (the server's JVM)
    for refract_child in $(cat "/proc/$1/task/$1/children" 2>/dev/null || pgrep -P "$1" 2>/dev/null); do
        read -r refract_comm 2>/dev/null < "/proc/$refract_child/comm" || continue   # 2> before <: it may have ended
        [ "$refract_comm" = java ] || continue   # not yet: the launcher's fork before it runs java
        grep -q -a 'jboss-modules\.jar' "/proc/$refract_child/cmdline" 2>/dev/null && echo "$refract_child" && return 0
    done
    return 1
}

refract_compilers_temp_dir() {   # jvm pid: the server's temp dir, where WildFly writes its startup marker
    tr '\0' '\n' 2>/dev/null < "/proc/$1/cmdline" | awk -v home="$JBOSS_HOME" '
        sub(/^-Djboss\.server\.temp\.dir=/, "") { temp = $0 }
        sub(/^-Djboss\.server\.base\.dir=/, "") { base = $0 }
        END { if (temp == "") temp = (base == "" ? home "/standalone" : base) "/tmp"; print temp }'
}

refract_compilers_idle() {   # jvm pid, tids already idle: puts the other C2 threads into SCHED_IDLE, prints all
    refract_idle=$2
    for refract_task in /proc/"$1"/task/*; do
        read -r refract_comm 2>/dev/null < "$refract_task/comm" || continue
        case "$refract_comm" in
            "C2 CompilerThre"*) ;;
            *) continue ;;
        esac
        refract_tid=${refract_task##*/}
        case " $refract_idle " in
            *" $refract_tid "*) ;;
            *) chrt -i -p 0 "$refract_tid" >/dev/null 2>&1 && refract_idle="$refract_idle $refract_tid" ;;
        esac
    done
    echo "$refract_idle"
}

refract_compilers_normal() {   # tids: back to the normal policy (a thread that has ended is no longer there)
    for refract_tid in $1; do
        [ -d "/proc/$refract_tid" ] || continue
        chrt -o -p 0 "$refract_tid" >/dev/null 2>&1 \
            || echo "refract-compilers: the C2 compiler thread $refract_tid stays at SCHED_IDLE: chrt -o -p 0 failed" >&2
    done
}

refract_compilers_watch() {   # launcher pid
    refract_compilers_may_return || return 0
    refract_stamp=$(mktemp 2>/dev/null) || return 0
    refract_jvm=""
    refract_polls=0
    while [ -z "$refract_jvm" ]; do   # the JVM starts after standalone.sh has read this file
        kill -0 "$1" 2>/dev/null && [ $refract_polls -lt 1200 ] || { rm -f "$refract_stamp"; return 0; }
        refract_jvm=$(refract_compilers_jvm "$1") || { refract_polls=$((refract_polls + 1)); sleep 0.05; }
    done
    refract_marker="$(refract_compilers_temp_dir "$refract_jvm")/startup-marker"
    refract_idle=""
    refract_polls=0
    while kill -0 "$refract_jvm" 2>/dev/null && [ $refract_polls -lt 3000 ]; do
        # C2 threads: at once, then every second (the JVM may add some while it compiles)
        [ $((refract_polls % 10)) -eq 0 ] && refract_idle=$(refract_compilers_idle "$refract_jvm" "$refract_idle")
        [ -f "$refract_marker" ] && [ "$refract_marker" -nt "$refract_stamp" ] && break
        refract_polls=$((refract_polls + 1))
        sleep 0.1
    done
    refract_compilers_normal "$refract_idle"
    rm -f "$refract_stamp"
}

refract_start_compilers() {
    case "${REFRACT_START_COMPILERS:-idle}" in
        idle) ;;
        *) return 0 ;;
    esac
    [ -d /proc/self/task ] && command -v chrt >/dev/null 2>&1 || return 0
    refract_compilers_watch "$$" < /dev/null > /dev/null &
}
refract_start_compilers
