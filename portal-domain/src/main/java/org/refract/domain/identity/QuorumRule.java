package org.refract.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.refract.domain.shared.InvalidInputException;

/**
 * A team's rule for when a meeting may decide: at least {@link #minimumPresent()} people present and every
 * discipline of {@link #requiredDisciplines()} represented by someone present (a member or a cover). Immutable;
 * a team changes its rule by replacing it.
 */
@Embeddable
public class QuorumRule {

    static final int MAX_MINIMUM = 50;

    @Column(name = "quorum_min_present", nullable = false)
    private int minimumPresent;

    @Convert(converter = DisciplineSetConverter.class)
    @Column(name = "quorum_disciplines", nullable = false, length = 400)
    private Set<Discipline> requiredDisciplines = EnumSet.noneOf(Discipline.class);

    protected QuorumRule() {
        // for JPA
    }

    private QuorumRule(int minimumPresent, Set<Discipline> requiredDisciplines) {
        this.minimumPresent = minimumPresent;
        this.requiredDisciplines = requiredDisciplines;
    }

    /**
     * A rule of a minimum head count and disciplines that must be represented.
     *
     * @throws InvalidInputException on "minimumPresent" (1 to 50, and not fewer than the required disciplines)
     */
    public static QuorumRule of(int minimumPresent, Collection<Discipline> requiredDisciplines) {
        Set<Discipline> disciplines = requiredDisciplines == null || requiredDisciplines.isEmpty()
                ? EnumSet.noneOf(Discipline.class)
                : EnumSet.copyOf(requiredDisciplines);
        if (minimumPresent < 1 || minimumPresent > MAX_MINIMUM) {
            throw new InvalidInputException("minimumPresent", "Between 1 and " + MAX_MINIMUM + " people.");
        }
        if (minimumPresent < disciplines.size()) {
            throw new InvalidInputException(
                    "minimumPresent", "At least one person per required discipline (" + disciplines.size() + ").");
        }
        return new QuorumRule(minimumPresent, disciplines);
    }

    /** The rule of a team that has not set one: two people, no discipline required. */
    public static QuorumRule defaultRule() {
        return of(2, Set.of());
    }

    /** Evaluates the rule against the disciplines of everyone counted as present (one entry per person). */
    public QuorumStatus evaluate(Collection<Discipline> disciplinesPresent) {
        Set<Discipline> missing = EnumSet.noneOf(Discipline.class);
        missing.addAll(getRequiredDisciplines());
        missing.removeAll(disciplinesPresent.stream().filter(Objects::nonNull).toList());
        return new QuorumStatus(disciplinesPresent.size(), minimumPresent, missing);
    }

    public int minimumPresent() {
        return minimumPresent;
    }

    public Set<Discipline> getRequiredDisciplines() {
        return requiredDisciplines == null || requiredDisciplines.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredDisciplines));
    }

    public int getMinimumPresent() {
        return minimumPresent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuorumRule rule
                && rule.minimumPresent == minimumPresent
                && rule.getRequiredDisciplines().equals(getRequiredDisciplines());
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumPresent, getRequiredDisciplines());
    }

    @Override
    public String toString() {
        return "at least " + minimumPresent + " present"
                + (getRequiredDisciplines().isEmpty() ? "" : ", including " + getRequiredDisciplines());
    }
}
