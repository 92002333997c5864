package org.refract.service.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.TreatmentLine;
import org.refract.domain.decision.RelapseWatch;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleSpec;
import org.refract.domain.identity.Role;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.MeetingStatus;
import org.refract.domain.review.NotificationKind;
import org.refract.domain.review.NotificationRules;
import org.refract.domain.review.Recommendation;
import org.refract.domain.review.ReviewCall;
import org.refract.domain.review.ReviewCallReason;
import org.refract.service.decision.DecisionRules;
import org.refract.service.platform.JobRuns;
import org.refract.service.review.ReviewNotifications;

/**
 * The loop closes: one team's reviews that fell due by a day, each raised exactly once. A signed recommendation
 * whose follow-up date has come (and that has no outcome yet), or a therapy with a response rule that has run for
 * its review interval, notifies the case's responsible clinician and the team's chair and puts the case forward on
 * the team's next scheduled meeting (a case that is being discussed, or still a draft or closed, is only notified
 * about). A relapse after a stop (see {@link RelapseWatch}) is notified. The day's claim ({@link JobRuns}) keeps a
 * second server or a second run away; the unique key of {@link ReviewCall} keeps every review to one call across
 * days.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReviewLoop {

    /** The name of the job in its claims. */
    public static final String JOB = "review-loop";

    /** Who the job's notifications and status changes are by. */
    static final String ACTOR = "refract-review-job";

    static final int PLANNED_MINUTES = 10;

    /**
     * System property: how many stopped lines (with their cases' records) the relapse watch reads at a time; 500
     * unless set. Lower it for a small heap.
     */
    public static final String STOPPED_LINES_PAGE = "refract.review-loop.stopped-lines-page";

    private static final int DEFAULT_STOPPED_LINES_PAGE = 500;

    private static final DateTimeFormatter MEETING_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private static final Set<CaseStatus> PUT_FORWARD =
            Set.of(CaseStatus.READY_FOR_REVIEW, CaseStatus.RECOMMENDATION_ISSUED, CaseStatus.FOLLOW_UP);

    @PersistenceContext
    EntityManager em;

    @EJB
    JobRuns jobRuns;

    @EJB
    DecisionRules rules;

    @Inject
    ReviewNotifications notifications;

    @Inject
    StopFacts stopFacts;

    @Inject
    Clock clock;

    private record Due(
            ClinicalCase clinicalCase, ReviewCallReason reason, long subject, LocalDate dueOn, String what) {}

    /** The ids of the teams, for the daily run. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Long> teams() {
        return em.createQuery("select t.id from Team t order by t.id", Long.class)
                .getResultList();
    }

    /**
     * Runs the loop for one team on {@code day}, if this server wins the day's claim for the team. The claim commits
     * with the work: a run that fails, or whose server dies before the commit, leaves the day to the next run (the
     * noon run, or another server's). The run is a transaction of its own, whatever the caller's.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoopRunDetail runTeam(long teamId, LocalDate day) {
        if (!jobRuns.claim(JOB, Long.toString(teamId), day)) {
            return LoopRunDetail.notClaimed();
        }
        return new LoopRunDetail(true, run(teamId, null, day));
    }

    /**
     * Runs the loop for one case now, without the day's claim (each review is still raised once): for a case whose
     * record just changed, and for the demo.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public LoopRunDetail runCase(long caseId, LocalDate day) {
        Long teamId = em.createQuery("select c.team.id from ClinicalCase c where c.id = :id", Long.class)
                .setParameter("id", caseId)
                .getSingleResult();
        return new LoopRunDetail(true, run(teamId, caseId, day));
    }

    private List<String> run(long teamId, Long caseId, LocalDate day) {
        Instant now = clock.instant();
        Set<String> called = new HashSet<>();
        em.createNamedQuery("ReviewCall.subjectsOfTeam", Object[].class)
                .setParameter("team", teamId)
                .getResultStream()
                .forEach(r -> called.add(key((ReviewCallReason) r[0], (Long) r[1])));
        Optional<Meeting> next = nextMeeting(teamId, now);
        Scope scope = new Scope(teamId, caseId, day);
        List<String> raised = new ArrayList<>();
        ReviewNotifications.Deliveries deliveries = notifications.deliveries();
        List<Due> dues = new ArrayList<>(followUps(scope));
        dues.addAll(responseReviews(scope));
        for (Due due : dues) {
            if (called.add(key(due.reason(), due.subject()))) {
                raised.add(raise(due, next, deliveries, now));
            }
        }
        // The relapses read every stopped line of the team's last years with its case's record: at scale more than
        // a heap holds at once (a team of 40,000 cases ran the server out of memory, issue 16). They are read a page
        // of lines at a time, and a team's run lets go of what it read once the page's notices are written (its
        // transaction, and so its persistence context, is its own: runTeam). A run for one case reads little and
        // leaves its caller's entities alone.
        int pageSize = Math.max(1, Integer.getInteger(STOPPED_LINES_PAGE, DEFAULT_STOPPED_LINES_PAGE));
        long after = 0;
        List<TreatmentLine> page;
        do {
            if (scope.wholeTeam()) {
                em.flush();
                em.clear();
            }
            page = stoppedLines(scope, after, pageSize);
            for (Due relapse : relapses(scope.day(), page)) {
                if (called.add(key(relapse.reason(), relapse.subject()))) {
                    raised.add(notice(relapse, null, NotificationKind.RELAPSE, relapse.what(), deliveries, now));
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
        } while (page.size() == pageSize);
        em.flush();
        return raised;
    }

    /** The team's cases, or one of them, on a day. */
    private record Scope(long teamId, Long caseId, LocalDate day) {

        String filter() {
            return wholeTeam() ? "" : " and c.id = :caseId";
        }

        boolean wholeTeam() {
            return caseId == null;
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("team", teamId).setParameter("day", day);
            return wholeTeam() ? query : query.setParameter("caseId", caseId);
        }
    }

    private static String key(ReviewCallReason reason, long subject) {
        return reason + ":" + subject;
    }

    private Optional<Meeting> nextMeeting(long teamId, Instant now) {
        return em.createQuery(
                        "select m from Meeting m where m.team.id = :team and m.status = :scheduled"
                                + " and m.startsAt > :after order by m.startsAt, m.id",
                        Meeting.class)
                .setParameter("team", teamId)
                .setParameter("scheduled", MeetingStatus.SCHEDULED)
                .setParameter("after", java.time.LocalDateTime.ofInstant(now, clock.getZone()))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private List<Due> followUps(Scope scope) {
        return scope.bind(em.createQuery(
                        "select r from Recommendation r join fetch r.agendaItem i join fetch i.clinicalCase c"
                                + " where c.team.id = :team and r.signedAt is not null and r.followUpOn <= :day"
                                + " and not exists (select o from DecisionOutcome o where o.recommendation = r)"
                                + scope.filter(),
                        Recommendation.class))
                .getResultStream()
                .map(r -> new Due(
                        r.getAgendaItem().getClinicalCase(),
                        ReviewCallReason.FOLLOW_UP,
                        r.getId(),
                        r.getFollowUpOn().orElseThrow(),
                        "follow-up of the recommendation (" + r.getDecision().label() + ")"))
                .toList();
    }

    private List<Due> responseReviews(Scope scope) {
        LocalDate day = scope.day();
        RuleBook book = rules.book();
        Set<String> reviewed = book.reviewedTherapies();
        if (reviewed.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> lastReviewed = new HashMap<>();
        scope.bind(em.createQuery(
                        "select c.id, max(o.reviewedOn) from DecisionOutcome o join o.recommendation r"
                                + " join r.agendaItem i join i.clinicalCase c where c.team.id = :team"
                                + " and o.reviewedOn <= :day" + scope.filter() + " group by c.id",
                        Object[].class))
                .getResultStream()
                .forEach(r -> lastReviewed.put((Long) r[0], (LocalDate) r[1]));
        List<Due> dues = new ArrayList<>();
        scope.bind(em.createQuery(
                        "select l from TreatmentLine l join fetch l.clinicalCase c join fetch c.condition"
                                + " join fetch l.therapy t where c.team.id = :team and t.code in :therapies"
                                + " and l.startDate <= :day and (l.endDate is null or l.endDate >= :day)"
                                + scope.filter(),
                        TreatmentLine.class))
                .setParameter("therapies", reviewed)
                .getResultStream()
                .forEach(line -> book.response(
                                line.getTherapy().getCode(),
                                line.getClinicalCase().getCondition().getCode())
                        .map(RuleSpec::reviewAfterWeeks)
                        .map(weeks -> line.getStartDate().plusWeeks(weeks))
                        .filter(dueOn -> !dueOn.isAfter(day))
                        .filter(dueOn -> !reviewedSince(lastReviewed, line, dueOn))
                        .ifPresent(dueOn -> dues.add(new Due(
                                line.getClinicalCase(),
                                ReviewCallReason.RESPONSE_REVIEW,
                                line.getId(),
                                dueOn,
                                "response review of " + line.getTherapy().getName()))));
        return dues;
    }

    /** An outcome recorded on or after the review date is that review. */
    private static boolean reviewedSince(Map<Long, LocalDate> lastReviewed, TreatmentLine line, LocalDate dueOn) {
        LocalDate reviewed = lastReviewed.get(line.getClinicalCase().getId());
        return reviewed != null && !reviewed.isBefore(dueOn);
    }

    /** The team's lines stopped within the longest watch, {@code size} of them after line {@code after}. */
    private List<TreatmentLine> stoppedLines(Scope scope, long after, int size) {
        LocalDate day = scope.day();
        return scope.bind(em.createQuery(
                        "select l from TreatmentLine l join fetch l.clinicalCase c join fetch c.condition"
                                + " join fetch l.therapy t where c.team.id = :team and l.endDate <= :day"
                                + " and l.endDate >= :earliest and l.id > :after" + scope.filter()
                                + " order by l.id",
                        TreatmentLine.class))
                .setParameter("earliest", day.minusYears(StopFacts.LONGEST_WATCH_YEARS))
                .setParameter("after", after)
                .setMaxResults(size)
                .getResultList();
    }

    private List<Due> relapses(LocalDate day, List<TreatmentLine> stopped) {
        RuleBook book = rules.book();
        List<Due> relapses = new ArrayList<>();
        stopped.forEach(line -> {
            ClinicalCase c = line.getClinicalCase();
            RelapseWatch.check(
                            book,
                            c.getCondition().getCode(),
                            new RelapseWatch.StoppedLine(
                                    line.getTherapy().getCode(),
                                    line.getTherapy().getName(),
                                    line.getTherapy().getTherapyClass(),
                                    line.getStartDate(),
                                    line.getEndDate()),
                            stopFacts.on(c, line.getEndDate()),
                            stopFacts.on(c, day))
                    .ifPresent(relapse -> relapses.add(new Due(
                            c,
                            ReviewCallReason.RELAPSE,
                            line.getId(),
                            day,
                            c.getPatient().getPseudonym() + ": possible relapse after stopping "
                                    + relapse.therapyName() + " on " + relapse.stoppedOn() + " ("
                                    + relapse.rule() + " no longer met: " + relapse.unmet()
                                    + "). Watched until " + relapse.watchUntil() + ".")));
        });
        return relapses;
    }

    /** Puts the case forward on the next meeting where it can be, and tells the clinician and the chair. */
    private String raise(Due due, Optional<Meeting> next, ReviewNotifications.Deliveries deliveries, Instant now) {
        ClinicalCase c = due.clinicalCase();
        Meeting listedOn = next.filter(m -> putForward(c, m, now)).orElse(null);
        if (next.isEmpty() && PUT_FORWARD.contains(c.getStatus()) && c.getStatus() != CaseStatus.READY_FOR_REVIEW) {
            c.reopenForReview(ACTOR, now);
        }
        String text = c.getPatient().getPseudonym() + ": " + due.what() + " due on " + due.dueOn() + "; "
                + (listedOn != null
                        ? "put forward for " + listedOn.getTitle() + " on " + MEETING_DAY.format(listedOn.getStartsAt())
                                + "."
                        : whyNotListed(c, next));
        return notice(due, listedOn, NotificationKind.REVIEW_DUE, text, deliveries, now);
    }

    private String notice(
            Due due,
            Meeting listedOn,
            NotificationKind kind,
            String text,
            ReviewNotifications.Deliveries deliveries,
            Instant now) {
        ClinicalCase c = due.clinicalCase();
        ReviewCall call = new ReviewCall(c, due.reason(), due.subject(), due.dueOn(), listedOn, text, now);
        em.persist(call);
        deliveries.deliver(
                NotificationRules.clinicianAndChairs(c, kind, call.getText()),
                c.getId(),
                listedOn == null ? null : listedOn.getId(),
                ACTOR,
                ReviewNotifications.caseLink(c.getId()));
        return call.getText();
    }

    private boolean putForward(ClinicalCase c, Meeting meeting, Instant now) {
        if (meeting.findItemFor(c).isPresent()) {
            return true;
        }
        if (!PUT_FORWARD.contains(c.getStatus())) {
            return false;
        }
        if (c.getStatus() != CaseStatus.READY_FOR_REVIEW) {
            c.reopenForReview(ACTOR, now);
        }
        meeting.list(c, PLANNED_MINUTES, null);
        return true;
    }

    private static String whyNotListed(ClinicalCase c, Optional<Meeting> next) {
        if (next.isEmpty()) {
            return "no meeting of the team is scheduled yet (the case is "
                    + c.getStatus().label().toLowerCase(Locale.ROOT) + ").";
        }
        return "not put on an agenda while the case is " + c.getStatus().label().toLowerCase(Locale.ROOT) + ".";
    }
}
