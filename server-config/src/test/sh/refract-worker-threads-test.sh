#!/bin/sh
# Test of bin/refract-worker-threads.sh, run by the build (pom.xml, phase test): four request threads per processor,
# at least 8, and a number already in JAVA_OPTS kept. A fake nproc says how many processors there are.
#   sh refract-worker-threads-test.sh <the script>
set -u
SCRIPT=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "refract-worker-threads-test: FAILED: $*" >&2; exit 1; }

opts() {   # processors, JAVA_OPTS before: prints JAVA_OPTS after, in a fresh shell (as standalone.sh runs)
    printf '#!/bin/sh\necho %s\n' "$1" > "$WORK/nproc"
    chmod +x "$WORK/nproc"
    PATH="$WORK:$PATH" sh -c 'JAVA_OPTS="$1"; . "$2"; echo "$JAVA_OPTS"' sh "$2" "$SCRIPT"
}

[ "$(opts 2 '-Xmx1g')" = "-Xmx1g -Drefract.http.worker-threads=8" ] || fail "2 processors: $(opts 2 '-Xmx1g')"
[ "$(opts 6 '')" = " -Drefract.http.worker-threads=24" ] || fail "6 processors: $(opts 6 '')"
[ "$(opts 1 '')" = " -Drefract.http.worker-threads=8" ] || fail "1 processor: $(opts 1 '')"
[ "$(opts 4 '-Drefract.http.worker-threads=5')" = "-Drefract.http.worker-threads=5" ] \
    || fail "a number in JAVA_OPTS: $(opts 4 '-Drefract.http.worker-threads=5')"
[ "$(opts nonsense '-Xmx1g')" = "-Xmx1g" ] || fail "no number of processors: $(opts nonsense '-Xmx1g')"
echo "refract-worker-threads-test: passed"
