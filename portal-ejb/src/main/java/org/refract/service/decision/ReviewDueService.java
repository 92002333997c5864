package org.refract.service.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.refract.domain.decision.CaseFacts;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleSpec;
import org.refract.domain.identity.Role;
import org.refract.service.platform.InList;

/**
 * Response reviews that are due, for a page of the worklist: one statement whatever the page holds (the running
 * lines of reviewed therapies on the page's cases, with the measurements their response rules use), limited to the
 * caller's teams.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class ReviewDueService {

    private static final String TEAM_SCOPE =
            " and c.team.id in (select m.team.id from TeamMembership m" + " where m.user.username = :caller)";

    @PersistenceContext
    EntityManager em;

    @EJB
    DecisionRules rules;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    private record Running(long caseId, String condition, String therapy, String therapyName, LocalDate start) {}

    /** The earliest due review per case, for those of the given cases that have one. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public Map<Long, ReviewMarker> markers(Collection<Long> caseIds) {
        RuleBook book = rules.book();
        Set<String> therapies = book.reviewedTherapies();
        if (caseIds.isEmpty() || therapies.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Running, List<CaseFacts.Measurement>> running =
                runningLines(caseIds, therapies, book.responseMeasurements(), today);
        Map<Long, ReviewMarker> markers = new HashMap<>();
        running.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().start()))
                .forEach(entry -> {
                    Running line = entry.getKey();
                    Optional<RuleSpec> rule =
                            book.response(line.therapy(), line.condition()).filter(r -> r.reviewAfterWeeks() != null);
                    if (rule.isEmpty() || markers.containsKey(line.caseId())) {
                        return;
                    }
                    LocalDate dueOn = line.start().plusWeeks(rule.get().reviewAfterWeeks());
                    if (dueOn.isAfter(today)) {
                        return;
                    }
                    CaseFacts facts = new CaseFacts(today, null, entry.getValue(), List.of(), Map.of(), Set.of());
                    String response = RuleBook.evaluateResponse(rule.get(), facts, line.start())
                            .refractoryStatus();
                    markers.put(line.caseId(), new ReviewMarker(line.therapy(), line.therapyName(), dueOn, response));
                });
        return markers;
    }

    /**
     * One statement: the running lines of reviewed therapies on the given cases, each with the case's measurements
     * of the instruments response rules use.
     */
    private Map<Running, List<CaseFacts.Measurement>> runningLines(
            Collection<Long> caseIds, Set<String> therapies, Set<String> instruments, LocalDate today) {
        Map<Running, List<CaseFacts.Measurement>> lines = new LinkedHashMap<>();
        TypedQuery<Object[]> query = em.createQuery(
                "select c.id, co.code, t.code, t.name, l.startDate, i.code, o.value.numericValue,"
                        + " o.value.codedValue, o.unit, o.observedOn from TreatmentLine l"
                        + " join l.clinicalCase c join c.condition co join l.therapy t"
                        + " left join Observation o on o.clinicalCase = c and o.instrument.code in "
                        + InList.of("instruments", instruments.size())
                        + " left join o.instrument i"
                        + " where c.id in " + InList.of("ids", caseIds.size())
                        + " and t.code in " + InList.of("therapies", therapies.size())
                        + " and l.startDate <= :today"
                        + " and (l.endDate is null or l.endDate >= :today)" + TEAM_SCOPE,
                Object[].class);
        InList.bind(query, "ids", caseIds, -1L);
        InList.bind(query, "therapies", therapies, "-");
        InList.bind(query, "instruments", instruments, "-");
        query.setParameter("today", today)
                .setParameter("caller", caller.getName())
                .getResultStream()
                .forEach(r -> {
                    List<CaseFacts.Measurement> measurements = lines.computeIfAbsent(
                            new Running((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4]),
                            k -> new ArrayList<>());
                    if (r[5] != null) {
                        measurements.add(new CaseFacts.Measurement(
                                (String) r[5], (BigDecimal) r[6], (String) r[7], (String) r[8], (LocalDate) r[9]));
                    }
                });
        return lines;
    }
}
