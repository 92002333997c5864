package org.refract.domain.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts a rule is evaluated against, the start of the therapy a response rule judges (if any), the way to
 * ask for another therapy's eligibility, the catalogue's therapy classes (so that "two antiseizure medicines" means
 * every antiseizure medicine the catalogue holds, not a fixed list), and the explanation being written.
 */
public final class EvaluationContext {

    private final CaseFacts facts;
    private final LocalDate therapyStart;
    private final Function<String, Optional<Verdict>> eligibility;
    private final Map<String, String> therapyClasses;
    private final List<CriterionResult> explanation = new ArrayList<>();

    public EvaluationContext(CaseFacts facts, LocalDate therapyStart, Function<String, Optional<Verdict>> eligibility) {
        this(facts, therapyStart, eligibility, Map.of());
    }

    /**
     * @param therapyClasses therapy code to its catalogue class ("Antiseizure medication"), for the therapies of the
     *     case's condition
     */
    public EvaluationContext(
            CaseFacts facts,
            LocalDate therapyStart,
            Function<String, Optional<Verdict>> eligibility,
            Map<String, String> therapyClasses) {
        this.facts = facts;
        this.therapyStart = therapyStart;
        this.eligibility = eligibility;
        this.therapyClasses = Map.copyOf(therapyClasses);
    }

    /** The catalogue class of a therapy, empty when the catalogue does not say. */
    public Optional<String> therapyClassOf(String therapy) {
        return Optional.ofNullable(therapyClasses.get(therapy));
    }

    public CaseFacts facts() {
        return facts;
    }

    public Optional<LocalDate> therapyStart() {
        return Optional.ofNullable(therapyStart);
    }

    /** The verdict of a therapy's current eligibility rule, empty when it has none. */
    public Optional<Verdict> eligibilityOf(String therapy) {
        return eligibility.apply(therapy);
    }

    /** Adds a line to the explanation and returns its position (a group fills its verdict in later). */
    int explain(CriterionResult line) {
        explanation.add(line);
        return explanation.size() - 1;
    }

    void replace(int index, CriterionResult line) {
        explanation.set(index, line);
    }

    public List<CriterionResult> explanation() {
        return List.copyOf(explanation);
    }
}
