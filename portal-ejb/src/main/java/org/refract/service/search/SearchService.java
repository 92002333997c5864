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
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
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
import org.refract.service.identity.CallerTeams;

/**
 * The header's search box: published articles, active catalogue entries and the cases of the caller's teams. Every
 * result comes from the index alone (projections, no entity loading); the only SQL statement is the one that reads
 * the caller's teams. Administrators get no cases, whatever their memberships.
 * <p>
 * The index is asked twice per search, whatever the data size: once over the reference texts (articles and the four
 * catalogue kinds, one query over their five indexes; its answer is kept for the next search of the same words,
 * {@link ReferenceAnswers}) and once over the caller's cases and their discussion (one query over the case and
 * comment indexes, both restricted to the caller's teams). Each query tells the index that
 * only the best few hits matter ({@code totalHitCountThreshold}; the teams as in {@link #ofTeams}), so that it skips
 * documents that cannot make the first page instead of scoring every match: the cost no longer grows with the number
 * of cases that match. A further query is asked only when a group was cut short by another (a word in more than ten
 * articles and more than ten catalogue entries), or when comments found cases whose own text did not match.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class SearchService {

    /** Results per group: the search box answers "where is it", the lists have the rest. */
    static final int PER_GROUP = 10;

    /** How much more a case's title counts than the rest of its text (it is searched in both). */
    private static final float TITLE_BOOST = 2f;

    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 200;
    private static final int SNIPPET = 180;
    /** Comment matches looked at for the case group (several may belong to one case). */
    static final int COMMENT_HITS = 50;

    /** The catalogue kinds, each with its index. */
    enum CatalogKind {
        THERAPY(Therapy.class),
        FACTOR(ResistanceFactor.class),
        CONDITION(Condition.class),
        INSTRUMENT(Instrument.class);

        final Class<?> type;

        CatalogKind(Class<?> type) {
            this.type = type;
        }

        static CatalogKind of(Class<?> type) {
            for (CatalogKind kind : values()) {
                if (kind.type.equals(type)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Not a catalogue type: " + type);
        }
    }

    /**
     * The catalogue's text fields over all four kinds: a kind that lacks one (a condition has no therapy class) simply
     * does not match it, and projects it as null.
     */
    private static final String[] CATALOGUE_FIELDS = {"name", "therapyClass", "assessment", "description"};

    private static final String[] CATALOGUE_DETAILS = Arrays.copyOfRange(CATALOGUE_FIELDS, 1, CATALOGUE_FIELDS.length);

    private static final List<Class<?>> ARTICLES = List.of(Article.class);
    private static final List<Class<?>> CATALOGUE =
            Arrays.stream(CatalogKind.values()).<Class<?>>map(k -> k.type).toList();
    private static final List<Class<?>> REFERENCE =
            Stream.concat(ARTICLES.stream(), CATALOGUE.stream()).toList();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SearchIndex index;

    @EJB
    ReferenceAnswers referenceAnswers;

    /** Searches everything the caller may see; a query shorter than two characters finds nothing. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public SearchResults search(String query) {
        String q = normalise(query);
        if (q.length() < MIN_QUERY) {
            return SearchResults.none(q, index.isRebuilding());
        }
        SearchSession session = Search.session(em);
        Highlights marks = Highlights.of(q);
        boolean rebuilding = index.isRebuilding();
        ReferenceAnswers.Answer reference = referenceAnswers.answer(q, rebuilding, () -> reference(session, q, marks));
        return new SearchResults(q, reference.articles(), reference.catalogue(), cases(session, q, marks), rebuilding);
    }

    /** The published articles and active catalogue entries that match, at most {@link #PER_GROUP} of each. */
    private static ReferenceAnswers.Answer reference(SearchSession session, String q, Highlights marks) {
        List<SearchHit> articles = new ArrayList<>();
        List<SearchHit> catalogue = new ArrayList<>();
        reference(session, q, marks, REFERENCE, 2 * PER_GROUP, articles, catalogue);
        // One group may have crowded the other out of the shared page: ask again for the one that was cut short.
        if (articles.size() + catalogue.size() == 2 * PER_GROUP) {
            if (articles.size() < PER_GROUP) {
                articles.clear();
                reference(session, q, marks, ARTICLES, PER_GROUP, articles, new ArrayList<>());
            } else if (catalogue.size() < PER_GROUP) {
                catalogue.clear();
                reference(session, q, marks, CATALOGUE, PER_GROUP, new ArrayList<>(), catalogue);
            }
        }
        return new ReferenceAnswers.Answer(first(articles), first(catalogue));
    }

    /**
     * Published articles and active catalogue entries of the given types, best first, into their two groups. A hit
     * is told apart by its entity type. Each clause carries its own kind's filter on a field that only that kind
     * indexes (an article's status, a catalogue entry's active flag), so neither lets the other's documents through.
     */
    private static void reference(
            SearchSession session,
            String q,
            Highlights marks,
            List<Class<?>> types,
            int limit,
            List<SearchHit> articles,
            List<SearchHit> catalogue) {
        boolean withArticles = types.contains(Article.class);
        boolean withCatalogue = types.stream().anyMatch(CATALOGUE::contains);
        session.search(types)
                .select(f -> f.composite()
                        .from(
                                f.entityReference(),
                                f.field(withArticles ? "slug" : "code", String.class),
                                f.field(withCatalogue ? "code" : "slug", String.class),
                                f.field(withArticles ? "title" : "name", String.class),
                                f.field(withCatalogue ? "name" : "title", String.class),
                                withArticles ? f.field("summary", String.class) : f.constant(null),
                                withArticles ? f.field("body", String.class) : f.constant(null),
                                withCatalogue
                                        ? f.composite()
                                                .from(Arrays.stream(CATALOGUE_DETAILS)
                                                        .map(d -> f.field(d, String.class))
                                                        .toArray(ProjectionFinalStep[]::new))
                                                .asList()
                                        : f.constant(List.of()))
                        .asList())
                .where(f -> {
                    var any = f.bool();
                    if (withArticles) {
                        any.should(f.bool()
                                .must(text(f, q, "title", "summary", "body"))
                                .filter(f.match().field("status").matching(ArticleStatus.PUBLISHED)));
                    }
                    if (withCatalogue) {
                        any.should(f.bool()
                                .must(text(f, q, CATALOGUE_FIELDS))
                                .filter(f.match().field("active").matching(true)));
                    }
                    return any;
                })
                .totalHitCountThreshold(limit)
                .fetchHits(limit)
                .forEach(row -> {
                    Class<?> type = ((EntityReference) row.get(0)).type();
                    if (type.equals(Article.class)) {
                        articles.add(new SearchHit(
                                "ARTICLE",
                                (String) row.get(1),
                                marks.all((String) row.get(3)),
                                marks.snippet(SNIPPET, (String) row.get(5), (String) row.get(6))));
                    } else {
                        catalogue.add(new SearchHit(
                                CatalogKind.of(type).name(),
                                (String) row.get(2),
                                marks.all((String) row.get(4)),
                                marks.snippet(
                                        SNIPPET,
                                        ((List<?>) row.get(7))
                                                .stream()
                                                        .filter(Objects::nonNull)
                                                        .map(v -> (String) v)
                                                        .toArray(String[]::new))));
                    }
                });
    }

    /**
     * The caller's cases, found by their own text or by a comment of their discussion: one query over the case and
     * comment indexes, both filtered on the caller's teams, so that a comment never brings in a case the caller may
     * not see. Nothing for administrators, who do not see clinical data, whatever their memberships.
     */
    private List<SearchHit> cases(SearchSession session, String q, Highlights marks) {
        if (context.isCallerInRole(Role.ADMIN_NAME)
                || !(context.isCallerInRole(Role.CLINICIAN_NAME) || context.isCallerInRole(Role.CHAIR_NAME))) {
            return List.of();
        }
        List<Long> teams = CallerTeams.ids(em, context.getCallerPrincipal().getName());
        if (teams.isEmpty()) {
            return List.of();
        }
        // Cases in the order of their best hit, be it the case itself or one of its comments; a case's matching
        // comments join its snippet texts. Comments may fill the page with few cases: then the next page is read,
        // up to COMMENT_HITS hits past the first.
        Map<Long, CaseText> found = new LinkedHashMap<>();
        int offset = 0;
        while (true) {
            List<List<?>> rows = session.search(List.of(ClinicalCase.class, CaseComment.class))
                    .select(f -> f.composite()
                            .from(
                                    f.entityReference(),
                                    f.field("title", String.class),
                                    f.field("summary", String.class),
                                    f.field("findings.evidence", String.class).multi(),
                                    f.field("caseId", Long.class),
                                    f.field("body", String.class))
                            .asList())
                    .where(f -> f.bool()
                            .must(f.bool().should(caseText(f, q)).should(text(f, q, "body")))
                            .must(ofTeams(f, teams)))
                    .totalHitCountThreshold(offset + PER_GROUP)
                    .fetchHits(offset, PER_GROUP);
            for (List<?> row : rows) {
                EntityReference ref = (EntityReference) row.get(0);
                if (ref.type().equals(ClinicalCase.class)) {
                    found.computeIfAbsent((Long) ref.id(), id -> new CaseText()).own(row);
                } else {
                    found.computeIfAbsent((Long) row.get(4), id -> new CaseText())
                            .comments
                            .add((String) row.get(5));
                }
            }
            offset += rows.size();
            if (found.size() >= PER_GROUP || rows.size() < PER_GROUP || offset >= PER_GROUP + COMMENT_HITS) {
                break;
            }
        }
        List<Long> ids = found.keySet().stream().limit(PER_GROUP).toList();
        List<Long> withoutOwnText =
                ids.stream().filter(id -> found.get(id).title == null).toList();
        if (!withoutOwnText.isEmpty()) {
            // cases found by their comments only: their own text, under the same team filter
            session.search(ClinicalCase.class)
                    .select(f -> f.composite()
                            .from(
                                    f.entityReference(),
                                    f.field("title", String.class),
                                    f.field("summary", String.class),
                                    f.field("findings.evidence", String.class).multi())
                            .asList())
                    .where(f -> f.bool()
                            .must(f.id().matchingAny(withoutOwnText))
                            .filter(f.terms().field("teamId").matchingAny(teams)))
                    .fetchHits(withoutOwnText.size())
                    .forEach(row -> found.get((Long) ((EntityReference) row.get(0)).id())
                            .own(row));
        }
        return ids.stream()
                .filter(id -> found.get(id).title != null)
                .map(id -> found.get(id).hit(id, marks))
                .toList();
    }

    /** What the case query read of one case: its own texts (once its document was seen) and its matching comments. */
    private static final class CaseText {
        String title;
        String summary;
        List<?> evidence = List.of();
        final List<String> comments = new ArrayList<>();

        void own(List<?> row) {
            title = (String) row.get(1);
            summary = (String) row.get(2);
            evidence = (List<?>) row.get(3);
        }

        SearchHit hit(Long id, Highlights marks) {
            List<String> texts = new ArrayList<>();
            texts.add(summary);
            evidence.forEach(e -> texts.add((String) e));
            texts.addAll(comments);
            return new SearchHit(
                    "CASE", String.valueOf(id), marks.all(title), marks.snippet(SNIPPET, texts.toArray(String[]::new)));
        }
    }

    /**
     * The caller's teams as a required clause that adds nothing to the score, rather than as a filter. Both match the
     * same documents with the same scores, but Lucene (9.11) skips the matches that cannot make the first page only in
     * the first form: a filter on a disjunction of fields made it score every match of the caller's teams (22,912 of
     * 40,060 for a word in every case of the team, against 134 in this form; docs/performance.md, eleventh round).
     */
    private static PredicateFinalStep ofTeams(SearchPredicateFactory f, List<Long> teams) {
        return f.terms().field("teamId").matchingAny(teams).constantScore().boost(0f);
    }

    /**
     * A case's own words: every word somewhere in its text (title, summary and findings' evidence, one field of the
     * index: {@code ClinicalCase#getSearchText}), and a match in its title counting more. The one field is what lets
     * Lucene skip the cases that cannot make the first page; a query over the three fields made it score every case of
     * the team for a word common in two of them (docs/performance.md, seventeenth round).
     */
    private static PredicateFinalStep caseText(SearchPredicateFactory f, String q) {
        return f.bool().must(words(f, q, "text")).should(words(f, q, "title").boost(TITLE_BOOST));
    }

    private static List<SearchHit> first(List<SearchHit> hits) {
        return hits.size() > PER_GROUP ? List.copyOf(hits.subList(0, PER_GROUP)) : List.copyOf(hits);
    }

    /** The words in one field of the index. */
    private static SimpleQueryStringPredicateOptionsStep<?> words(SearchPredicateFactory f, String q, String field) {
        return allWords(f.simpleQueryString().field(field), q);
    }

    /** The words in any of the fields, the first (a title) counting most. */
    private static PredicateFinalStep text(SearchPredicateFactory f, String q, String... fields) {
        return allWords(
                f.simpleQueryString().field(fields[0]).boost(3f).fields(Arrays.copyOfRange(fields, 1, fields.length)),
                q);
    }

    /** Every word must match; quotes, {@code -} and {@code *} work as users expect. */
    private static SimpleQueryStringPredicateOptionsStep<?> allWords(
            SimpleQueryStringPredicateFieldMoreStep<?, ?> fields, String q) {
        return fields.matching(q).defaultOperator(BooleanOperator.AND);
    }

    static String normalise(String query) {
        if (query == null) {
            return "";
        }
        String q = query.strip().replaceAll("\\s+", " ");
        return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }
}
