#!/bin/sh
# Test of bin/refract-compilers.sh, run by the build (pom.xml, phase test). A JVM started by a shell that sourced the
# script, as standalone.sh starts WildFly's, has its C2 compiler thread under SCHED_IDLE until a startup marker newer
# than the launch appears in its temp dir, and under the normal policy after; an old marker does not count; nothing
# changes with REFRACT_START_COMPILERS=normal, nor where this user may not take a thread out of SCHED_IDLE again; a
# process that ends while the watcher looks at it leaves nothing on the console.
#   sh refract-compilers-test.sh <the script>
set -u
SCRIPT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fail() { echo "refract-compilers-test: FAILED: $*" >&2; exit 1; }
command -v chrt >/dev/null 2>&1 || fail "no chrt (util-linux) on this machine"
WORK=$(mktemp -d)
LAUNCHER=""
cleanup() { [ -n "$LAUNCHER" ] && pkill -P "$LAUNCHER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/base/tmp" "$WORK/stamps"
printf 'public class Wait { public static void main(String[] a) throws Exception { Thread.sleep(60000); } }\n' \
    > "$WORK/Wait.java"

launch() {   # REFRACT_START_COMPILERS value: a launcher that sources the script and then runs a JVM as its child
    REFRACT_START_COMPILERS=$1 TMPDIR="$WORK/stamps" sh -c '. "$1"; java -Djboss.server.base.dir="$2" \
        -Dlike.the.server=jboss-modules.jar -XX:TieredStopAtLevel=4 "$3"; exit 0' sh "$SCRIPT" "$WORK/base" \
        "$WORK/Wait.java" &
    LAUNCHER=$!
    JVM=""
    for _ in $(seq 1 100); do
        JVM=$(pgrep -P "$LAUNCHER" java) && break
        sleep 0.1
    done
    [ -n "$JVM" ] || fail "no JVM under the launcher"
    C2=""
    for _ in $(seq 1 100); do
        for task in /proc/"$JVM"/task/*; do
            read -r comm 2>/dev/null < "$task/comm" || continue
            case "$comm" in "C2 CompilerThre"*) C2=${task##*/} ;; esac
        done
        [ -n "$C2" ] && break
        sleep 0.1
    done
    [ -n "$C2" ] || fail "no C2 compiler thread in the JVM"
}
stop() {
    kill "$JVM" 2>/dev/null
    wait "$LAUNCHER" 2>/dev/null
    LAUNCHER=""
}
policy() { chrt -p "$C2" | sed -n 's/.*policy: //p'; }
await_policy() {   # policy, what it means
    for _ in $(seq 1 50); do
        [ "$(policy)" = "$1" ] && return 0
        sleep 0.1
    done
    fail "$2: the C2 thread's policy is $(policy), not $1"
}
stays() {   # policy, what it means: still so after two seconds
    sleep 2
    [ "$(policy)" = "$1" ] || fail "$2: the C2 thread's policy is $(policy), not $1"
}

# may this user take a thread out of SCHED_IDLE? (root with CAP_SYS_NICE, or a nice limit of 20)
sleep 10 & probe=$!
may=false
chrt -i -p 0 "$probe" >/dev/null 2>&1 && chrt -o -p 0 "$probe" >/dev/null 2>&1 && may=true
kill "$probe"

if $may; then
    # an old marker (a server killed before it stopped) does not end the idle start
    touch -d '1 hour ago' "$WORK/base/tmp/startup-marker"
    launch idle
    await_policy SCHED_IDLE "while the server starts"
    stays SCHED_IDLE "with an old startup marker"
    touch "$WORK/base/tmp/startup-marker"
    await_policy SCHED_OTHER "once the server has started"
    stop
    sleep 0.5
    [ -z "$(ls "$WORK/stamps")" ] || fail "the watcher left its stamp behind: it still runs after its JVM"
else
    launch idle
    stays SCHED_OTHER "where this user may not take it back"
    stop
fi

# a process or thread that ends while the watcher reads its /proc entries is skipped without a word (the watcher's
# errors go to the server's console)
gone=$(REFRACT_START_COMPILERS=normal sh -c '. "$1"; cat() { echo 999999999; }
    refract_compilers_jvm $$; refract_compilers_idle 999999999 ""; refract_compilers_temp_dir 999999999' sh "$SCRIPT" \
    2>&1 >/dev/null)
[ -z "$gone" ] || fail "a process that has ended: the watcher printed '$gone'"

rm -f "$WORK/base/tmp/startup-marker"
launch normal
stays SCHED_OTHER "with REFRACT_START_COMPILERS=normal"
stop
echo "refract-compilers-test: passed ($($may && echo 'idle while starting' || echo 'not allowed here, left alone'))"
