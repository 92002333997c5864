package org.refract.service.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.Sex;
import org.refract.domain.catalog.Condition;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.service.identity.CallerTeams;
import org.refract.service.platform.InList;
import org.refract.service.platform.PageOf;

/**
 * The worklist: the cases of the caller's teams, filtered, sorted and paged in the database. A page costs three
 * statements whatever the number of cases: the caller's teams, the counts per status (which give the total), and
 * the rows (not asked for when the counts say that the page is empty). The teams are bound as values, not a
 * subquery, so that PostgreSQL reads the rows in index order and stops after a page (10 ms instead of 245 ms at
 * 100,000 cases), and the counts and rows join only what a filter, the order or a column needs (the teams' and the
 * conditions' names come from the second-level cache). The teams, the counts and the rows come from the query
 * cache until a write touches their tables: counting a team's cases was the one statement that grew with the data (25
 * to 35 ms of PostgreSQL per page at 100,000 cases), the rows were most of the database's CPU per page (0.8 ms), and a
 * worklist is read far more often than a case changes.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class WorklistService {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    /** A page of the caller's cases matching the query. */
    public WorklistPage find(WorklistQuery query) {
        List<Long> teams = CallerTeams.ids(em, session.getCallerPrincipal().getName());
        // Counted on the case table alone unless a filter needs a join: an index-only scan of (team, status), read
        // in index order with the teams bound as values (a subquery on the memberships made PostgreSQL hash every
        // entry of the team: 146 instead of 276 worklists per second at 100,000 cases).
        TypedQuery<Object[]> counts = em.createQuery(
                "select c.status, count(*)" + countFrom(query) + " where "
                        + InList.of("c.team.id", "teams", teams.size()) + filters(query, false) + " group by c.status",
                Object[].class);
        InList.bind(bind(counts, query, false), "teams", teams, -1L);
        counts.setHint(HibernateHints.HINT_CACHEABLE, true);
        Map<CaseStatus, Long> perStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            perStatus.put(status, 0L);
        }
        for (Object[] row : counts.getResultList()) {
            perStatus.put((CaseStatus) row[0], (Long) row[1]);
        }
        long total = query.status() != null
                ? perStatus.get(query.status())
                : perStatus.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0 || query.first() >= total) {
            return new WorklistPage(total, List.of(), new LinkedHashMap<>(perStatus));
        }
        // The rows join the patient and the clinician; the team's and the condition's names come from the
        // second-level cache (a handful of rows), and their tables are joined only when a filter or the order needs
        // them. PostgreSQL plans the statement afresh on every page (its generic plan looks dearer than a custom one
        // for these parameters): planning the five-table join took 0.6 ms of its CPU, the three-table one 0.2 ms.
        TypedQuery<Object[]> rows = em.createQuery(
                "select c.id, c.version, p.pseudonym, p.birthYear, p.sex, c.condition.id, c.team.id, u.username,"
                        + " u.displayName, c.title, c.summary, c.status, c.updatedAt" + rowsFrom(query)
                        + " where " + InList.of("c.team.id", "teams", teams.size()) + filters(query, true)
                        + " order by " + query.sort().expression() + (query.ascending() ? " asc" : " desc")
                        + ", c.id desc",
                Object[].class);
        InList.bind(bind(rows, query, true), "teams", teams, -1L);
        // From the query cache too, as the counts: the page of a team's worklist that its members open over and over
        // costs no statement (nor a connection) until a write touches the case, patient or account tables; the
        // counts and the rows are then asked again together.
        rows.setHint(HibernateHints.HINT_CACHEABLE, true);
        List<Object[]> page = PageOf.rows(rows, query.first(), query.size()).getResultList();
        // A page names a handful of teams and conditions: each is found once, not once per row (em.find of an entity
        // already loaded still goes through Hibernate's load events).
        Map<Long, Condition> conditions = new HashMap<>();
        Map<Long, Team> teamsById = new HashMap<>();
        List<CaseRow> caseRows = new ArrayList<>(page.size());
        for (Object[] row : page) {
            Condition condition = conditions.computeIfAbsent((Long) row[5], id -> em.find(Condition.class, id));
            Team team = teamsById.computeIfAbsent((Long) row[6], id -> em.find(Team.class, id));
            caseRows.add(caseRow(row, condition, team));
        }
        return new WorklistPage(total, caseRows, new LinkedHashMap<>(perStatus));
    }

    /** A line of the worklist from the columns the rows query selects, in its order. */
    private static CaseRow caseRow(Object[] columns, Condition condition, Team team) {
        return new CaseRow(
                (Long) columns[0],
                (Long) columns[1],
                (String) columns[2],
                (Integer) columns[3],
                (Sex) columns[4],
                condition.getCode(),
                condition.getName(),
                team.getCode(),
                team.getName(),
                (String) columns[7],
                (String) columns[8],
                (String) columns[9],
                (String) columns[10],
                (CaseStatus) columns[11],
                (Instant) columns[12]);
    }

    private static String filters(WorklistQuery query, boolean withStatus) {
        StringBuilder where = new StringBuilder();
        if (query.condition() != null) {
            where.append(" and co.code = :condition");
        }
        if (withStatus && query.status() != null) {
            where.append(" and c.status = :status");
        }
        if (query.team() != null) {
            where.append(" and t.code = :team");
        }
        if (query.clinician() != null) {
            where.append(" and u.username = :clinician");
        }
        if (hasText(query)) {
            where.append(" and (lower(p.pseudonym) like :text or lower(c.title) like :text)");
        }
        return where.toString();
    }

    /** The rows' joins: the patient and the clinician always, the condition and the team when asked for. */
    private static String rowsFrom(WorklistQuery query) {
        StringBuilder from = new StringBuilder(" from ClinicalCase c join c.patient p join c.clinician u");
        if (query.condition() != null || query.sort() == WorklistSort.CONDITION) {
            from.append(" join c.condition co");
        }
        if (query.team() != null || query.sort() == WorklistSort.TEAM) {
            from.append(" join c.team t");
        }
        return from.toString();
    }

    private static String countFrom(WorklistQuery query) {
        StringBuilder from = new StringBuilder(" from ClinicalCase c");
        if (hasText(query)) {
            from.append(" join c.patient p");
        }
        if (query.condition() != null) {
            from.append(" join c.condition co");
        }
        if (query.team() != null) {
            from.append(" join c.team t");
        }
        if (query.clinician() != null) {
            from.append(" join c.clinician u");
        }
        return from.toString();
    }

    private static <Q extends TypedQuery<?>> Q bind(Q q, WorklistQuery query, boolean withStatus) {
        if (query.condition() != null) {
            q.setParameter("condition", query.condition());
        }
        if (withStatus && query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.team() != null) {
            q.setParameter("team", query.team());
        }
        if (query.clinician() != null) {
            q.setParameter("clinician", query.clinician());
        }
        if (hasText(query)) {
            q.setParameter("text", "%" + escape(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return q;
    }

    private static boolean hasText(WorklistQuery query) {
        return query.text() != null && !query.text().isBlank();
    }

    /** Wildcards typed by the user are searched for literally. */
    private static String escape(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
