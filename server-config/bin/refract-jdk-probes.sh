# Refract: WildFly's launcher asks the JDK once, not on every start (issue 16; docs/performance.md, "Fifteenth round").
#
# Sourced by standalone.conf (POSIX sh), after WildFly's common.sh has defined its probes. Before it starts the
# server, standalone.sh starts the JVM three times more, each time only to print its version: twice to learn whether
# the JDK is modular (setModularJdk) and once whether a package of java.base can be opened (setPackageAvailable). On
# 2 cores that was about 0.15 s of a 10 s start. The answers depend only on the JDK, so this keeps them in a file,
# one line per JDK (its java's real path and the modification time of its libjvm.so) and probe; a start with a JDK
# it has not seen asks that JDK as WildFly would, and remembers. The same functions, with the same results, are
# redefined here; nothing else of the launcher changes.
#
#   REFRACT_JDK_PROBES=off           WildFly's own probes on every start
#   REFRACT_JDK_PROBES_FILE=<file>   where the answers are kept (default
#                                    $JBOSS_HOME/standalone/data/class-sharing/jdk-probes)
refract_jdk_probe() {   # name, then the probe: a command that prints its answer
    refract_probe_name=$1
    shift
    refract_probe_java=$(command -v "$JAVA" 2>/dev/null) || { "$@"; return; }
    refract_probe_java=$(readlink -f "$refract_probe_java")
    refract_probe_libjvm="$(dirname "$(dirname "$refract_probe_java")")/lib/server/libjvm.so"
    refract_probe_key="$refract_probe_java $(stat -c %Y "$refract_probe_libjvm" 2>/dev/null || echo 0) $refract_probe_name"
    if [ -r "$REFRACT_JDK_PROBES_FILE" ]; then
        while IFS= read -r refract_probe_line; do
            case "$refract_probe_line" in
                "$refract_probe_key="*) echo "${refract_probe_line#"$refract_probe_key="}"; return ;;
            esac
        done < "$REFRACT_JDK_PROBES_FILE"
    fi
    refract_probe_answer=$("$@")
    echo "$refract_probe_key=$refract_probe_answer" >> "$REFRACT_JDK_PROBES_FILE" 2>/dev/null
    echo "$refract_probe_answer"
}

refract_modular_probe() {
    "$JAVA" --add-modules=java.se -version > /dev/null 2>&1 && echo true || echo false
}

refract_opens_probe() {
    [ -z "$("$JAVA" --add-opens="$1"=ALL-UNNAMED -version 2>&1 | $GREP "WARNING")" ] && echo true || echo false
}

if [ "${REFRACT_JDK_PROBES:-on}" != off ]; then
    REFRACT_JDK_PROBES_FILE="${REFRACT_JDK_PROBES_FILE:-$JBOSS_HOME/standalone/data/class-sharing/jdk-probes}"
    mkdir -p "$(dirname "$REFRACT_JDK_PROBES_FILE")" 2>/dev/null
    setModularJdk() {
        MODULAR_JDK=$(refract_jdk_probe modular refract_modular_probe)
    }
    setPackageAvailable() {
        PACKAGE_AVAILABLE=$(refract_jdk_probe "opens:$1" refract_opens_probe "$1")
    }
fi
