# Refract: class data sharing for a shorter start (issue 16; docs/performance.md, "Tenth round").
#
# Sourced by standalone.conf (POSIX sh). The first start of this WildFly (after a build, an installation, or an
# upgrade of WildFly or the JDK) records the classes it loads, and writes them to an archive when the server stops
# (the JDK's dynamic class data sharing: -XX:ArchiveClassesAtExit). Later starts map that archive
# (-XX:SharedArchiveFile) instead of reading, parsing and verifying those classes again: with 100,000 cases a start
# took 10.7-11.0 s instead of 12.7-13.7 s and 20 instead of 24-26 s of CPU on 2 cores.
#
# The archive holds class metadata only, no data. A class whose bytes differ from the archived one (a new EAR) is
# loaded as usual; an archive the JVM cannot use (another JDK) is ignored with a warning, and recorded again here
# once the JDK or jboss-modules.jar is newer than it. Each start that records writes its own file, so two nodes
# started from one installation do not write over each other; a start takes the newest finished one. After
# deploying a new version of the portal, delete the archive to record the new classes as well.
#
#   REFRACT_CLASS_SHARING=off        no archive is recorded or used
#   REFRACT_CLASS_SHARING_DIR=<dir>  where the archive lives (default $JBOSS_HOME/standalone/data/class-sharing)
refract_class_sharing() {
    case "${REFRACT_CLASS_SHARING:-on} $JAVA_OPTS" in
        off*|*-Xshare:off*|*SharedArchiveFile*|*ArchiveClassesAtExit*) return 0 ;;
    esac
    dir="${REFRACT_CLASS_SHARING_DIR:-$JBOSS_HOME/standalone/data/class-sharing}"
    mkdir -p "$dir" 2>/dev/null || return 0
    archive="$dir/classes.jsa"
    java_bin=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java" 2>/dev/null) || return 0
    libjvm="$(dirname "$(dirname "$(readlink -f "$java_bin")")")/lib/server/libjvm.so"
    # finished recordings: no JVM names them any more (the JVM writes its recording before it exits)
    for recording in $(ls -t "$dir"/classes.jsa.recording-* 2>/dev/null); do
        if command -v pgrep >/dev/null 2>&1; then
            pgrep -f -- "ArchiveClassesAtExit=$recording" >/dev/null 2>&1 && continue
        else
            kill -0 "${recording##*-}" 2>/dev/null && continue   # its launcher, standalone.sh, still runs
        fi
        if [ ! -s "$recording" ]; then
            rm -f "$recording"
        elif [ ! -f "$archive" ] || [ "$recording" -nt "$archive" ]; then
            mv -f "$recording" "$archive" 2>/dev/null
        else
            rm -f "$recording"
        fi
    done
    if [ -s "$archive" ] && [ ! "$archive" -ot "$libjvm" ] && [ ! "$archive" -ot "$JBOSS_HOME/jboss-modules.jar" ]; then
        JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$archive"
    else
        # classes the recorder cannot keep (generated ones) are reported one by one: not worth a console full
        JAVA_OPTS="$JAVA_OPTS -XX:ArchiveClassesAtExit=$dir/classes.jsa.recording-$$ -Xlog:cds=off -Xlog:cds+dynamic=off"
    fi
}
refract_class_sharing
