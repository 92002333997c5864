package org.refract.service.analytics;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.refract.domain.casework.FindingStatus;
import org.refract.domain.identity.Role;
import org.refract.domain.review.AgendaItemStatus;
import org.refract.domain.review.MeetingStatus;
import org.refract.domain.review.RecommendationDecision;
import org.refract.service.shared.FieldErrors;

/**
 * The figures of the analytics page, for members and chairs, over their own teams only. Each figure is one aggregate
 * query over the team-scoped rows (grouped and counted in the database, never a loop over cases); the caller's teams
 * are bound as a list of ids, as for the worklist. Periods are days in UTC, both ends included.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class TeamAnalyticsService {

    static final int TOP_FACTORS = 10;
    private static final String NOT_RECORDED = "NOT_RECORDED";
    private static final String STOPPED = "STOPPED";
    private static final long SECONDS_PER_DAY = 86_400L;

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    /** Every figure for the request; a team that is not the caller's or a reversed period is a 400 on its field. */
    public TeamAnalyticsDetail figures(AnalyticsRequest request) {
        Scope scope = scope(request);
        return new TeamAnalyticsDetail(
                request,
                casesByStatus(scope),
                refractoryAtDecision(scope),
                confirmedFactors(scope),
                decisionTime(scope),
                meetings(scope),
                switchOutcomes(scope));
    }

    private List<StatusCountRow> casesByStatus(Scope scope) {
        return scope.bind(em.createQuery(
                        "select new org.refract.service.analytics.StatusCountRow(co.code, co.name, cast(c.status as"
                                + " String), count(c)) from ClinicalCase c join c.condition co where "
                                + scope.where("c") + " and c.createdAt >= :from and c.createdAt < :to"
                                + " group by co.code, co.name, c.status order by co.name, c.status",
                        StatusCountRow.class))
                .setParameter("from", scope.from())
                .setParameter("to", scope.to())
                .getResultList();
    }

    private List<CountRow> refractoryAtDecision(Scope scope) {
        List<Object[]> rows = scope.bind(em.createQuery(
                        "select r.refractoryAtSigning, count(r) from Recommendation r join r.agendaItem i"
                                + " join i.clinicalCase c join c.condition co where " + scope.where("c")
                                + " and r.signedAt >= :from and r.signedAt < :to group by r.refractoryAtSigning",
                        Object[].class))
                .setParameter("from", scope.from())
                .setParameter("to", scope.to())
                .getResultList();
        List<CountRow> counts = new ArrayList<>();
        for (Object[] row : rows) {
            String status = row[0] == null ? NOT_RECORDED : (String) row[0];
            counts.add(new CountRow(status, status, (Long) row[1]));
        }
        return counts;
    }

    private List<CountRow> confirmedFactors(Scope scope) {
        return scope.bind(em.createQuery(
                        "select new org.refract.service.analytics.CountRow(fa.code, fa.name, count(f))"
                                + " from ResistanceFinding f join f.factor fa join f.clinicalCase c join c.condition co"
                                + " where " + scope.where("c") + " and f.status = :confirmed"
                                + " and f.assessedOn >= :fromDay and f.assessedOn <= :toDay"
                                + " group by fa.code, fa.name order by count(f) desc, fa.name",
                        CountRow.class))
                .setParameter("confirmed", FindingStatus.CONFIRMED)
                .setParameter("fromDay", scope.request().from())
                .setParameter("toDay", scope.request().to())
                .setMaxResults(TOP_FACTORS)
                .getResultList();
    }

    private DecisionTimeRow decisionTime(Scope scope) {
        Object[] row = scope.bind(em.createQuery(
                        "select count(r), avg((r.signedAt - c.createdAt) by second),"
                                + " min((r.signedAt - c.createdAt) by second), max((r.signedAt - c.createdAt) by second)"
                                + " from Recommendation r join r.agendaItem i join i.clinicalCase c join c.condition co"
                                + " where " + scope.where("c") + " and r.signedAt >= :from and r.signedAt < :to",
                        Object[].class))
                .setParameter("from", scope.from())
                .setParameter("to", scope.to())
                .getSingleResult();
        long decisions = ((Number) row[0]).longValue();
        if (decisions == 0) {
            return new DecisionTimeRow(0, null, null, null);
        }
        return new DecisionTimeRow(
                decisions,
                ((Number) row[1]).doubleValue() / SECONDS_PER_DAY,
                ((Number) row[2]).longValue() / SECONDS_PER_DAY,
                ((Number) row[3]).longValue() / SECONDS_PER_DAY);
    }

    /** Closed meetings of the teams in the period (whatever the condition) and the cases they decided. */
    private MeetingActivityRow meetings(Scope scope) {
        String decided = scope.request().condition() == null
                ? "count(i.id)"
                : "count(case when ico.code = :condition then i.id else null end)";
        Object[] row = scope.bind(em.createQuery(
                        "select count(distinct m.id), " + decided + " from Meeting m left join m.agenda i"
                                + " on i.status = :decided left join i.clinicalCase ic left join ic.condition ico"
                                + " where m.team.id in :teams and m.status = :closed"
                                + " and m.startsAt >= :fromTime and m.startsAt < :toTime",
                        Object[].class))
                .setParameter("decided", AgendaItemStatus.DECIDED)
                .setParameter("closed", MeetingStatus.CLOSED)
                .setParameter("fromTime", scope.request().from().atStartOfDay())
                .setParameter("toTime", scope.request().to().plusDays(1).atStartOfDay())
                .getSingleResult();
        return new MeetingActivityRow(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private List<CountRow> switchOutcomes(Scope scope) {
        List<Object[]> rows = scope.bind(em.createQuery(
                        "select cast(tl.response as String), count(tl),"
                                + " sum(case when tl.endDate is null then 0 else 1 end)"
                                + " from Recommendation r join r.agendaItem i join i.clinicalCase c join c.condition co,"
                                + " TreatmentLine tl where tl.clinicalCase = c and tl.therapy = r.therapy"
                                + " and r.decision in :switches and " + scope.where("c")
                                + " and r.signedAt >= :from and r.signedAt < :to"
                                + " and tl.startDate >= cast(r.signedAt as LocalDate)"
                                + " group by tl.response",
                        Object[].class))
                .setParameter(
                        "switches", List.of(RecommendationDecision.SWITCH_THERAPY, RecommendationDecision.ADD_THERAPY))
                .setParameter("from", scope.from())
                .setParameter("to", scope.to())
                .getResultList();
        List<CountRow> counts = new ArrayList<>();
        long stopped = 0;
        for (Object[] row : rows) {
            counts.add(new CountRow((String) row[0], (String) row[0], ((Number) row[1]).longValue()));
            stopped += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        counts.add(new CountRow(STOPPED, STOPPED, stopped));
        return counts;
    }

    /** The caller's teams (narrowed to the requested one) and the condition, checked once per request. */
    private Scope scope(AnalyticsRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request.from() == null) {
            errors.add("from", "Give the first day of the period.");
        }
        if (request.to() == null) {
            errors.add("to", "Give the last day of the period.");
        }
        if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
            errors.add("to", "The period ends before it starts.");
        }
        List<Object[]> memberships = em.createQuery(
                        "select m.team.id, m.team.code from TeamMembership m where m.user.username = :caller",
                        Object[].class)
                .setParameter("caller", session.getCallerPrincipal().getName())
                .getResultList();
        List<Long> teams = memberships.stream()
                .filter(m -> request.team() == null || request.team().equals(m[1]))
                .map(m -> (Long) m[0])
                .toList();
        if (request.team() != null && teams.isEmpty()) {
            errors.add("team", "Choose one of your teams.");
        }
        errors.throwIfAny();
        return new Scope(request, teams.isEmpty() ? List.of(-1L) : teams);
    }

    /** The team and condition filter of every figure, with the period as instants. */
    private record Scope(AnalyticsRequest request, List<Long> teams) {

        String where(String caseAlias) {
            return caseAlias + ".team.id in :teams" + (request.condition() == null ? "" : " and co.code = :condition");
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("teams", teams);
            if (request.condition() != null) {
                query.setParameter("condition", request.condition());
            }
            return query;
        }

        Instant from() {
            return request.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant to() {
            return request.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
