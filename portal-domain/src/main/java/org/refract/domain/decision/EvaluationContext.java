package org.refract.domain.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts a rule is evaluated against, the start of the therapy a response rule judges (if any), the way to
 * ask for another therapy's eligibility, and the explanation being written.
 */
public final class EvaluationContext {

    private final CaseFacts facts;
    private final LocalDate therapyStart;
    private final Function<String, Optional<Verdict>> eligibility;
    private final List<CriterionResult> explanation = new ArrayList<>();

    public EvaluationContext(CaseFacts facts, LocalDate therapyStart, Function<String, Optional<Verdict>> eligibility) {
        this.facts = facts;
        this.therapyStart = therapyStart;
        this.eligibility = eligibility;
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
