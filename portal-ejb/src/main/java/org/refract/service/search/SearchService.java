package org.refract.service.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Role;
import org.refract.domain.knowledge.Article;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.domain.review.CaseComment;

/**
 * The header's search box: published articles, active catalogue entries and the cases of the caller's teams. Every
 * result comes from the index alone (projections, no entity loading); the only SQL statement is the one that reads
 * the caller's teams. Administrators get no cases, whatever their memberships.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class SearchService {

    /** Results per group: the search box answers "where is it", the lists have the rest. */
    static final int PER_GROUP = 10;

    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 200;
    private static final int SNIPPET = 180;
    /** Comment matches looked at for the case group (several may belong to one case). */
    static final int COMMENT_HITS = 50;

    /** The catalogue kinds, each with its index and the text fields it is searched by. */
    private enum CatalogKind {
        THERAPY(Therapy.class, "name", "therapyClass", "description"),
        FACTOR(ResistanceFactor.class, "name", "assessment", "description"),
        CONDITION(Condition.class, "name", "description"),
        INSTRUMENT(Instrument.class, "name", "description");

        final Class<?> type;
        final String[] fields;

        CatalogKind(Class<?> type, String... fields) {
            this.type = type;
            this.fields = fields;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SearchIndex index;

    /** Searches everything the caller may see; a query shorter than two characters finds nothing. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public SearchResults search(String query) {
        String q = normalise(query);
        if (q.length() < MIN_QUERY) {
            return SearchResults.none(q, index.isRebuilding());
        }
        SearchSession session = Search.session(em);
        Highlights marks = Highlights.of(q);
        return new SearchResults(
                q,
                articles(session, q, marks),
                catalogue(session, q, marks),
                cases(session, q, marks),
                index.isRebuilding());
    }

    private List<SearchHit> articles(SearchSession session, String q, Highlights marks) {
        return session
                .search(Article.class)
                .select(f -> f.composite()
                        .from(
                                f.field("slug", String.class),
                                f.field("title", String.class),
                                f.field("summary", String.class),
                                f.field("body", String.class))
                        .asList())
                .where(f -> f.bool()
                        .must(text(f, q, "title", "summary", "body"))
                        .filter(f.match().field("status").matching(ArticleStatus.PUBLISHED)))
                .fetchHits(PER_GROUP)
                .stream()
                .map(row -> new SearchHit(
                        "ARTICLE",
                        (String) row.get(0),
                        marks.all((String) row.get(1)),
                        marks.snippet(SNIPPET, (String) row.get(2), (String) row.get(3))))
                .toList();
    }

    private List<SearchHit> catalogue(SearchSession session, String q, Highlights marks) {
        List<SearchHit> hits = new ArrayList<>();
        for (CatalogKind kind : CatalogKind.values()) {
            String[] details = Arrays.copyOfRange(kind.fields, 1, kind.fields.length);
            session.search(kind.type)
                    .select(f -> f.composite()
                            .from(
                                    f.field("code", String.class),
                                    f.field("name", String.class),
                                    f.composite()
                                            .from(Arrays.stream(details)
                                                    .map(d -> f.field(d, String.class))
                                                    .toArray(ProjectionFinalStep[]::new))
                                            .asList())
                            .asList())
                    .where(f -> f.bool()
                            .must(text(f, q, kind.fields))
                            .filter(f.match().field("active").matching(true)))
                    .fetchHits(PER_GROUP)
                    .forEach(row -> hits.add(new SearchHit(
                            kind.name(),
                            (String) row.get(0),
                            marks.all((String) row.get(1)),
                            marks.snippet(
                                    SNIPPET,
                                    ((List<?>) row.get(2))
                                            .stream().map(v -> (String) v).toArray(String[]::new)))));
        }
        return hits.size() > PER_GROUP ? List.copyOf(hits.subList(0, PER_GROUP)) : hits;
    }

    /** Only the caller's teams, always; nothing for administrators, who do not see clinical data. */
    private List<SearchHit> cases(SearchSession session, String q, Highlights marks) {
        if (context.isCallerInRole(Role.ADMIN_NAME)
                || !(context.isCallerInRole(Role.CLINICIAN_NAME) || context.isCallerInRole(Role.CHAIR_NAME))) {
            return List.of();
        }
        List<Long> teams = em.createQuery(
                        "select m.team.id from TeamMembership m where m.user.username = :caller", Long.class)
                .setParameter("caller", context.getCallerPrincipal().getName())
                .getResultList();
        if (teams.isEmpty()) {
            return List.of();
        }
        // discussion: a case is also found by its comments (all words in one comment); the case query below keeps
        // the team filter, so a comment never brings in a case the caller may not see.
        Map<Long, List<String>> commentsByCase = new LinkedHashMap<>();
        session.search(CaseComment.class)
                .select(f -> f.composite()
                        .from(f.field("caseId", Long.class), f.field("body", String.class))
                        .asList())
                .where(f -> f.bool()
                        .must(text(f, q, "body"))
                        .filter(f.terms().field("teamId").matchingAny(teams)))
                .fetchHits(COMMENT_HITS)
                .forEach(row -> commentsByCase
                        .computeIfAbsent((Long) row.get(0), k -> new ArrayList<>())
                        .add((String) row.get(1)));
        return session
                .search(ClinicalCase.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("title", String.class),
                                f.field("summary", String.class),
                                f.field("findings.evidence", String.class).multi())
                        .asList())
                .where(f -> {
                    var own = f.bool().must(text(f, q, "title", "summary", "findings.evidence"));
                    var matches = commentsByCase.isEmpty()
                            ? own
                            : f.bool().should(own).should(f.id().matchingAny(commentsByCase.keySet()));
                    return f.bool()
                            .must(matches)
                            .filter(f.terms().field("teamId").matchingAny(teams));
                })
                .fetchHits(PER_GROUP)
                .stream()
                .map(row -> {
                    List<String> texts = new ArrayList<>();
                    texts.add((String) row.get(2));
                    ((List<?>) row.get(3)).forEach(e -> texts.add((String) e));
                    texts.addAll(commentsByCase.getOrDefault((Long) row.get(0), List.of()));
                    return new SearchHit(
                            "CASE",
                            String.valueOf(row.get(0)),
                            marks.all((String) row.get(1)),
                            marks.snippet(SNIPPET, texts.toArray(String[]::new)));
                })
                .toList();
    }

    /** Every word must match somewhere (titles count most); quotes, {@code -} and {@code *} work as users expect. */
    private static PredicateFinalStep text(SearchPredicateFactory f, String q, String... fields) {
        return f.simpleQueryString()
                .field(fields[0])
                .boost(3f)
                .fields(Arrays.copyOfRange(fields, 1, fields.length))
                .matching(q)
                .defaultOperator(BooleanOperator.AND);
    }

    static String normalise(String query) {
        if (query == null) {
            return "";
        }
        String q = query.strip().replaceAll("\\s+", " ");
        return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }
}
