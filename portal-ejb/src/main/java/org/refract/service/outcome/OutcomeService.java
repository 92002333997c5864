package org.refract.service.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.decision.RuleOutcome;
import org.refract.domain.identity.Role;
import org.refract.domain.review.DecisionOutcome;
import org.refract.domain.review.OutcomeKind;
import org.refract.domain.review.Recommendation;
import org.refract.domain.review.ReviewCall;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.decision.AssessmentService;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * The outcome of each decision, recorded at its review against the signed recommendation that made it, with the
 * condition's remission rule's result on that day; recording it closes the case's open review calls. And the
 * dashboard's reviews due. Only the case's team reaches any of it (another team's case is "not found").
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class OutcomeService {

    private static final String TEAM_SCOPE =
            " exists (select m from TeamMembership m" + " where m.team = c.team and m.user.username = :caller)";

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseService cases;

    @EJB
    AssessmentService assessment;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    /** The signed recommendations of a case, newest first, each with its outcome if recorded. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public List<OutcomeRow> ofCase(long caseId) {
        cases.get(caseId);
        Map<Long, DecisionOutcome> outcomes = new HashMap<>();
        em.createNamedQuery("DecisionOutcome.ofCase", DecisionOutcome.class)
                .setParameter("caseId", caseId)
                .getResultStream()
                .forEach(o -> outcomes.put(o.getRecommendation().getId(), o));
        return em.createQuery(
                        "select r from Recommendation r join fetch r.agendaItem i join fetch i.meeting"
                                + " left join fetch r.therapy where i.clinicalCase.id = :caseId"
                                + " and r.signedAt is not null order by r.signedAt desc, r.id desc",
                        Recommendation.class)
                .setParameter("caseId", caseId)
                .getResultStream()
                .map(r -> row(r, outcomes.get(r.getId())))
                .toList();
    }

    /**
     * Records (or corrects) the outcome of a signed recommendation of one of the caller's cases, with the remission
     * rule's result today, and closes the case's open review calls.
     *
     * @throws InvalidRequestException on "outcome", "reviewedOn", "note"
     * @throws ConflictException when someone recorded or corrected it since the caller read it
     * @throws NotFoundException for a recommendation of another team's case, or none
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public OutcomeRow record(long caseId, long recommendationId, OutcomeRequest entry) {
        CaseDetail detail = cases.get(caseId);
        Recommendation recommendation = em.createQuery(
                        "select r from Recommendation r join fetch r.agendaItem i"
                                + " where r.id = :id and i.clinicalCase.id = :caseId",
                        Recommendation.class)
                .setParameter("id", recommendationId)
                .setParameter("caseId", caseId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No recommendation " + recommendationId + " on this case."));
        OutcomeKind kind = kind(entry.outcome());
        DecisionOutcome.RemissionResult remission = assessment
                .remission(detail)
                .map(OutcomeService::remission)
                .orElse(DecisionOutcome.RemissionResult.none());
        Instant now = clock.instant();
        DecisionOutcome existing = em.createQuery(
                        "select o from DecisionOutcome o where o.recommendation = :r", DecisionOutcome.class)
                .setParameter("r", recommendation)
                .getResultStream()
                .findFirst()
                .orElse(null);
        DecisionOutcome outcome;
        if (existing == null) {
            if (entry.expectedVersion() != null) {
                throw new ConflictException("The outcome you corrected is no longer there.", null, null);
            }
            outcome = DecisionOutcome.of(
                    recommendation, kind, entry.reviewedOn(), entry.note(), remission, caller.getName(), now);
            em.persist(outcome);
        } else {
            if (entry.expectedVersion() == null || entry.expectedVersion() != existing.getVersion()) {
                throw new ConflictException(
                        "The outcome was recorded by " + existing.getRecordedBy() + " at " + existing.getRecordedAt()
                                + " after you opened the case. Your input is kept: review theirs, then save again.",
                        existing.getRecordedBy(),
                        existing.getRecordedAt());
            }
            existing.revise(kind, entry.reviewedOn(), entry.note(), remission, caller.getName(), now);
            outcome = existing;
        }
        em.createNamedQuery("ReviewCall.openOfCase", ReviewCall.class)
                .setParameter("caseId", caseId)
                .getResultStream()
                .forEach(call -> call.close(now));
        em.flush();
        return row(recommendation, outcome);
    }

    /** Review calls of the caller's teams' cases that are still open, the earliest due first. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public List<ReviewDueRow> reviewsDue(int max) {
        return em.createQuery(
                        "select k from ReviewCall k join fetch k.clinicalCase c join fetch c.patient"
                                + " where k.closedAt is null and" + TEAM_SCOPE
                                // closedAt (null for all of them) first: the order of ix_review_call_open_due, so the
                                // database reads the earliest open calls in order instead of sorting them all
                                + " order by k.closedAt, k.dueOn, k.id",
                        ReviewCall.class)
                .setParameter("caller", caller.getName())
                .setMaxResults(max)
                .getResultStream()
                .map(k -> new ReviewDueRow(
                        k.getClinicalCase().getId(),
                        k.getClinicalCase().getPatient().getPseudonym(),
                        k.getReason().name(),
                        k.getDueOn(),
                        withoutPseudonym(
                                k.getText(), k.getClinicalCase().getPatient().getPseudonym()),
                        k.getMeeting().map(m -> m.getId()).orElse(null)))
                .toList();
    }

    /** The dashboard names the case beside the text already. */
    private static String withoutPseudonym(String text, String pseudonym) {
        String prefix = pseudonym + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static OutcomeKind kind(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidRequestException.of("outcome", "Choose the outcome.");
        }
        try {
            return OutcomeKind.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(
                    "outcome", "Unknown outcome " + code + ": RESPONDER, NON_RESPONDER, REMISSION or STOPPED.");
        }
    }

    private static DecisionOutcome.RemissionResult remission(RuleOutcome outcome) {
        return new DecisionOutcome.RemissionResult(
                outcome.refractoryStatus(),
                outcome.rule().name(),
                Integer.toString(outcome.rule().version()));
    }

    private static OutcomeRow row(Recommendation r, DecisionOutcome o) {
        String decision = r.getDecision().label()
                + r.getTherapy().map(Therapy::getName).map(n -> ": " + n).orElse("");
        LocalDate signedOn = r.getSignedAt()
                .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC))
                .orElse(null);
        return new OutcomeRow(
                r.getId(),
                r.getAgendaItem().getMeeting().getTitle(),
                signedOn,
                decision,
                r.getFollowUpOn().orElse(null),
                o == null ? null : o.getVersion(),
                o == null ? null : o.getOutcome().name(),
                o == null ? null : o.getReviewedOn(),
                o == null ? null : o.getRemission().status(),
                o == null || o.getRemission().rule() == null
                        ? null
                        : o.getRemission().rule() + " (version "
                                + o.getRemission().version() + ")",
                o == null ? null : o.getNote().orElse(null),
                o == null ? null : o.getRecordedBy(),
                o == null ? null : o.getRecordedAt());
    }
}
