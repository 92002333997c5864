package org.refract.service.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleOutcome;
import org.refract.domain.decision.StepDownHint;
import org.refract.domain.identity.Role;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionCatalog;

/**
 * Decision support for a case: the refractory definition, the eligibility of every therapy of the condition, safety
 * alerts and response reviews, each with its criteria, the values used, the source and the rule version. Only the
 * case's team sees it (the case is read through {@link CaseService}, which answers "not found" otherwise). The
 * portal explains; it never prescribes.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class AssessmentService {

    @EJB
    CaseService cases;

    @EJB
    CatalogService catalog;

    @EJB
    DecisionRules rules;

    @Inject
    AssessmentCache cache;

    @Inject
    Clock clock;

    /** Reads the case (team-scoped) and assesses it today. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public Assessment assess(long caseId) {
        return assess(cases.get(caseId), Set.of());
    }

    /**
     * Assesses a case the caller has already read, with therapies proposed in a review checked by the safety rules
     * as if started.
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public Assessment assess(CaseDetail detail, Set<String> proposedTherapies) {
        LocalDate today = LocalDate.now(clock);
        RuleBook book = rules.book();
        List<RuleBook.TherapyRef> therapies = therapies(detail.conditionCode());
        Supplier<Assessment> compute = () ->
                book.assess(CaseFactsOfDetail.of(detail, today, proposedTherapies), detail.conditionCode(), therapies);
        // an assessment with proposed therapies is a what-if for one review, asked rarely: not kept
        return proposedTherapies.isEmpty()
                ? cache.assessment(key(detail, book, today, therapies), compute)
                : compute.get();
    }

    /**
     * Whether a case the caller has already read is in remission on treatment, by its condition's remission rule
     * (empty where the condition has none, or for ITI success before any ITI).
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public Optional<RuleOutcome> remission(CaseDetail detail) {
        LocalDate today = LocalDate.now(clock);
        RuleBook book = rules.book();
        return cache.remission(
                key(detail, book, today, therapies(detail.conditionCode())),
                () -> book.assessRemission(CaseFactsOfDetail.of(detail, today, Set.of()), detail.conditionCode()));
    }

    /**
     * The response reviews due today of a case the caller has already read: those of {@link #assess}, without
     * evaluating the rest of the rule book when the assessment is not known yet.
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public List<Assessment.ResponseReview> dueReviews(CaseDetail detail) {
        LocalDate today = LocalDate.now(clock);
        RuleBook book = rules.book();
        List<RuleBook.TherapyRef> therapies = therapies(detail.conditionCode());
        return cache.dueReviews(
                key(detail, book, today, therapies),
                () -> book
                        .responseReviews(
                                CaseFactsOfDetail.of(detail, today, Set.of()), detail.conditionCode(), therapies)
                        .stream()
                        .filter(Assessment.ResponseReview::due)
                        .toList());
    }

    private static AssessmentCache.Key key(
            CaseDetail detail, RuleBook book, LocalDate today, List<RuleBook.TherapyRef> therapies) {
        return new AssessmentCache.Key(detail.id(), detail.version(), book.version(), today, therapies);
    }

    /**
     * A step-down review to suggest for a case in remission: an oral corticosteroid, biologic or immunosuppressant
     * that has run for at least the remission rule's period (see {@link StepDownHint}).
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public Optional<StepDownHint> stepDown(CaseDetail detail, RuleOutcome remission) {
        List<StepDownHint.RunningLine> running = detail.treatmentLines().stream()
                .filter(TreatmentLineRow::ongoing)
                .map(l -> new StepDownHint.RunningLine(l.therapyCode(), l.therapyName(), l.therapyClass(), l.start()))
                .toList();
        return StepDownHint.of(remission, running, LocalDate.now(clock));
    }

    private List<RuleBook.TherapyRef> therapies(String condition) {
        return catalog.forCondition(condition).map(ConditionCatalog::therapies).orElse(List.of()).stream()
                .map(t -> new RuleBook.TherapyRef(t.code(), t.name(), t.therapyClass()))
                .toList();
    }
}
