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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.refract.domain.decision.CaseFacts;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleSpec;
import org.refract.domain.identity.Role;
import org.refract.domain.platform.CacheGeneration;
import org.refract.service.identity.CallerTeams;
import org.refract.service.platform.CacheGenerations;
import org.refract.service.platform.InList;

/**
 * Response reviews that are due, for a page of the worklist, limited to the caller's teams. A case's marker is
 * evaluated once per version of the case and kept ({@link ReviewMarkerCache}); the cases not yet known cost one
 * statement whatever the page holds (their running lines of reviewed therapies, with the measurements their response
 * rules use). The caller's teams come from the query cache.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class ReviewDueService {

    @PersistenceContext
    EntityManager em;

    @EJB
    DecisionRules rules;

    @EJB
    CacheGenerations generations;

    @Inject
    ReviewMarkerCache cache;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    /** A case of the caller's teams as the statement found it, with its running lines. */
    private record Found(long team, long version, Map<Running, List<CaseFacts.Measurement>> running) {}

    private record Running(String condition, String therapy, String therapyName, LocalDate start) {}

    /**
     * The earliest due review per case, for those of the given cases (id and the version the caller read) that have
     * one and belong to one of the caller's teams.
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
    public Map<Long, ReviewMarker> markers(Map<Long, Long> caseVersions) {
        RuleBook book = rules.book();
        Set<String> therapies = book.reviewedTherapies();
        if (caseVersions.isEmpty() || therapies.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        long catalog = generations.current(CacheGeneration.CATALOG);
        Set<Long> teams = Set.copyOf(CallerTeams.ids(em, caller.getName()));
        Map<Long, ReviewMarker> markers = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        caseVersions.forEach((id, version) -> {
            ReviewMarkerCache.Entry known =
                    cache.get(new ReviewMarkerCache.Key(id, version, book.version(), catalog, today));
            if (known == null) {
                unknown.add(id);
            } else if (known.marker() != null && teams.contains(known.team())) {
                markers.put(id, known.marker());
            }
        });
        if (unknown.isEmpty() || teams.isEmpty()) {
            return markers;
        }
        found(unknown, teams, therapies, book.responseMeasurements(), today).forEach((id, found) -> {
            ReviewMarker marker = earliestDue(book, found.running(), today);
            cache.put(
                    new ReviewMarkerCache.Key(id, found.version(), book.version(), catalog, today),
                    new ReviewMarkerCache.Entry(found.team(), marker));
            if (marker != null) {
                markers.put(id, marker);
            }
        });
        return markers;
    }

    /** The earliest review of a case's running lines that is due by {@code today}, with its response, or null. */
    private static ReviewMarker earliestDue(
            RuleBook book, Map<Running, List<CaseFacts.Measurement>> running, LocalDate today) {
        return running.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().start()))
                .map(entry -> {
                    Running line = entry.getKey();
                    Optional<RuleSpec> rule =
                            book.response(line.therapy(), line.condition()).filter(r -> r.reviewAfterWeeks() != null);
                    if (rule.isEmpty()) {
                        return null;
                    }
                    LocalDate dueOn = line.start().plusWeeks(rule.get().reviewAfterWeeks());
                    if (dueOn.isAfter(today)) {
                        return null;
                    }
                    CaseFacts facts = new CaseFacts(today, null, entry.getValue(), List.of(), Map.of(), Set.of());
                    String response = RuleBook.evaluateResponse(rule.get(), facts, line.start())
                            .refractoryStatus();
                    return new ReviewMarker(line.therapy(), line.therapyName(), dueOn, response);
                })
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * One statement: those of the given cases that belong to the given teams, each with its version, its team and its
     * running lines of reviewed therapies, with the case's measurements of the instruments response rules use.
     */
    private Map<Long, Found> found(
            List<Long> caseIds, Set<Long> teams, Set<String> therapies, Set<String> instruments, LocalDate today) {
        Map<Long, Found> found = new LinkedHashMap<>();
        TypedQuery<Object[]> query = em.createQuery(
                "select c.id, c.version, c.team.id, co.code, t.code, t.name, l.startDate, i.code,"
                        + " o.value.numericValue, o.value.codedValue, o.unit, o.observedOn"
                        + " from ClinicalCase c join c.condition co"
                        + " left join TreatmentLine l on l.clinicalCase = c and "
                        + InList.of("l.therapy.code", "therapies", therapies.size())
                        + " and l.startDate <= :today and (l.endDate is null or l.endDate >= :today)"
                        + " left join l.therapy t"
                        + " left join Observation o on l.id is not null and o.clinicalCase = c"
                        + " and " + InList.of("o.instrument.code", "instruments", instruments.size())
                        + " left join o.instrument i"
                        + " where " + InList.of("c.id", "ids", caseIds.size())
                        + " and " + InList.of("c.team.id", "teams", teams.size()),
                Object[].class);
        InList.bind(query, "ids", caseIds, -1L);
        InList.bind(query, "teams", teams, -1L);
        InList.bind(query, "therapies", therapies, "-");
        InList.bind(query, "instruments", instruments, "-");
        query.setParameter("today", today).getResultStream().forEach(r -> {
            Found theCase = found.computeIfAbsent(
                    (Long) r[0], id -> new Found((Long) r[2], (Long) r[1], new LinkedHashMap<>()));
            if (r[4] == null) {
                return;
            }
            List<CaseFacts.Measurement> measurements = theCase.running()
                    .computeIfAbsent(
                            new Running((String) r[3], (String) r[4], (String) r[5], (LocalDate) r[6]),
                            k -> new ArrayList<>());
            if (r[7] != null) {
                measurements.add(new CaseFacts.Measurement(
                        (String) r[7], (BigDecimal) r[8], (String) r[9], (String) r[10], (LocalDate) r[11]));
            }
        });
        return found;
    }
}
