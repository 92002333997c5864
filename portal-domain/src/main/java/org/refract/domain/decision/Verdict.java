package org.refract.domain.decision;

import java.util.Collection;

/**
 * The result of one criterion or group, in three-valued (Kleene) logic: a missing measurement never counts as
 * "not met". All-of is unmet as soon as one part is unmet and only met when every part is met; any-of is its dual.
 */
public enum Verdict {
    MET,
    UNMET,
    MISSING;

    public static Verdict allOf(Collection<Verdict> parts) {
        if (parts.contains(UNMET)) {
            return UNMET;
        }
        return parts.contains(MISSING) ? MISSING : MET;
    }

    public static Verdict anyOf(Collection<Verdict> parts) {
        if (parts.contains(MET)) {
            return MET;
        }
        return parts.contains(MISSING) || parts.isEmpty() ? MISSING : UNMET;
    }

    public Verdict not() {
        return switch (this) {
            case MET -> UNMET;
            case UNMET -> MET;
            case MISSING -> MISSING;
        };
    }

    public static Verdict of(boolean met) {
        return met ? MET : UNMET;
    }
}
