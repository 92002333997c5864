#!/bin/sh
# Test of bin/refract-jdk-probes.sh, run by the build (pom.xml, phase test): WildFly's launcher functions, redefined,
# give WildFly's own answers, ask a JDK once, and ask again for another JDK. A fake java records its calls.
#   sh refract-jdk-probes-test.sh <WildFly's bin directory> <the script>
set -u
WILDFLY_BIN=$1 SCRIPT=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "refract-jdk-probes-test: FAILED: $*" >&2; exit 1; }

for jdk in a b; do
    mkdir -p "$WORK/$jdk/bin"
    cat > "$WORK/$jdk/bin/java" <<FAKE
#!/bin/sh
echo "\$*" >> "$WORK/calls"
case "\$*" in *add-opens*) echo "WARNING: Unknown module: java.base specified to --add-opens" >&2 ;; esac
exit 0
FAKE
    chmod +x "$WORK/$jdk/bin/java"
done

# The answers of WildFly's own functions, then of the redefined ones, in a fresh shell each (as standalone.sh runs).
answers() {   # jdk, "wildfly" or "refract"
    sh -c '
        GREP=grep JBOSS_HOME="$1" JAVA="$1/$2/bin/java"
        . "$3/common.sh" >/dev/null 2>&1
        if [ "$4" = refract ]; then REFRACT_JDK_PROBES_FILE="$1/probes"; . "$5"; fi
        setModularJdk; setPackageAvailable java.base/com.sun.net.ssl.internal.ssl
        echo "$MODULAR_JDK $PACKAGE_AVAILABLE"
    ' sh "$WORK" "$1" "$WILDFLY_BIN" "$2" "$SCRIPT"
}
calls() { if [ -f "$WORK/calls" ]; then wc -l < "$WORK/calls" | tr -d ' '; else echo 0; fi; }

expected=$(answers a wildfly)
[ "$expected" = "true false" ] || fail "WildFly's own probes answered '$expected' with the fake JDK"
rm -f "$WORK/calls"
[ "$(answers a refract)" = "$expected" ] || fail "the first start answered otherwise than WildFly"
[ "$(calls)" = 2 ] || fail "the first start should ask the JDK twice, asked $(calls) times"
[ "$(answers a refract)" = "$expected" ] || fail "the second start answered otherwise than WildFly"
[ "$(calls)" = 2 ] || fail "the second start should not ask the JDK, $(calls) calls in all"
[ "$(answers b refract)" = "$expected" ] || fail "another JDK answered otherwise than WildFly"
[ "$(calls)" = 4 ] || fail "another JDK should be asked, $(calls) calls in all"
rm -f "$WORK/calls"
[ "$(REFRACT_JDK_PROBES=off answers a refract)" = "$expected" ] && [ "$(calls)" = 2 ] \
    || fail "REFRACT_JDK_PROBES=off should ask on every start (2 calls), $(calls) calls"
echo "refract-jdk-probes-test: passed"
