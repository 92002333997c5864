package org.refract.domain.identity;

import java.util.Set;

/**
 * Whether a meeting is quorate right now: how many count as present against the team's minimum, and which
 * required disciplines nobody present represents.
 */
public record QuorumStatus(int present, int minimumPresent, Set<Discipline> missingDisciplines) {

    public QuorumStatus {
        missingDisciplines = Set.copyOf(missingDisciplines);
    }

    public boolean met() {
        return present >= minimumPresent && missingDisciplines.isEmpty();
    }

    /** How many more people must attend to reach the minimum head count (0 when reached). */
    public int shortfall() {
        return Math.max(0, minimumPresent - present);
    }
}
