package org.refract.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;
import org.refract.service.knowledge.ArticleAdministrationService;
import org.refract.service.knowledge.ArticleDetail;
import org.refract.service.knowledge.ArticleLinks;
import org.refract.service.review.DiscussionService;
import org.refract.service.search.ReferenceAnswers;
import org.refract.service.search.SearchHit;
import org.refract.service.search.SearchIndex;
import org.refract.service.search.SearchResults;
import org.refract.service.search.SearchService;

/**
 * The search box never shows a case of another team, administrators no case at all, and clinicians only published
 * articles; every write reaches the index at commit, and an administrator's rebuild loses nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SearchScopingIT {

    static final String RESPIRATORY_CLINICIAN = "resp.pulm";
    static final String NEUROMUSCULAR_CLINICIAN = "neuro.neuro";
    static final String ADMIN = "admin";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    ClinicalRecordService record;

    @EJB
    SearchService search;

    @EJB
    SearchIndex index;

    @EJB
    ArticleAdministrationService articles;

    @EJB
    DiscussionService discussion;

    /** A word no seeded text contains, so that each test finds only what it wrote. */
    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void casesOnlyOfTheCallersTeamsAndNoneForAdministrators() throws Exception {
        String word = word();
        CaseDetail respiratory =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(asthma("Poor control " + word, "Checked at clinic")));
        CaseDetail neuromuscular = as.call(NEUROMUSCULAR_CLINICIAN, () -> cases.create(myasthenia("Fatigue " + word)));

        assertEquals(
                List.of(String.valueOf(respiratory.id())),
                keys(as.call(RESPIRATORY_CLINICIAN, () -> search.search(word)).cases()));
        assertEquals(
                List.of(String.valueOf(neuromuscular.id())),
                keys(as.call(NEUROMUSCULAR_CLINICIAN, () -> search.search(word)).cases()));
        assertTrue(as.call(ADMIN, () -> search.search(word)).cases().isEmpty(), "administrators see no cases");
    }

    /**
     * Cases and comments are asked for in one query over both indexes: the team filter must hold for both kinds of
     * document, so that another team's comment never brings in its case, and administrators still get no case.
     */
    @Test
    void oneQueryOverCasesAndCommentsKeepsTheTeamFilterAndTheAdministratorRule() throws Exception {
        String word = word();
        CaseDetail ownText = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(asthma("Poor control " + word, null)));
        CaseDetail byComment = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(asthma("Nocturnal cough", null)));
        as.call(RESPIRATORY_CLINICIAN, () -> discussion.post(byComment.id(), null, "Ask about " + word + " at home."));
        CaseDetail otherTeam = as.call(NEUROMUSCULAR_CLINICIAN, () -> cases.create(myasthenia("Ptosis")));
        as.call(NEUROMUSCULAR_CLINICIAN, () -> discussion.post(otherTeam.id(), null, "Consider " + word + " first."));

        List<SearchHit> respiratory =
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(word)).cases();
        assertEquals(
                List.of(String.valueOf(ownText.id()), String.valueOf(byComment.id())),
                keys(respiratory).stream().sorted().toList(),
                "the team's own cases, by their text and by a comment; never the other team's");
        SearchHit commented = respiratory.stream()
                .filter(h -> h.key().equals(String.valueOf(byComment.id())))
                .findFirst()
                .orElseThrow();
        assertEquals(byComment.title(), commented.titleHtml(), "a case found by a comment shows its own title");
        assertTrue(commented.snippetHtml().contains("<mark>" + word + "</mark>"), commented.snippetHtml());
        assertEquals(
                List.of(String.valueOf(otherTeam.id())),
                keys(as.call(NEUROMUSCULAR_CLINICIAN, () -> search.search(word)).cases()));
        assertTrue(as.call(ADMIN, () -> search.search(word)).cases().isEmpty(), "administrators see no cases");
    }

    /** A case found by its own text and by several comments is one result, with the articles and catalogue apart. */
    @Test
    void aCaseFoundTwiceIsOneResultAndTheGroupsStayApart() throws Exception {
        String word = word();
        CaseDetail created =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(asthma("Omalizumab started " + word, null)));
        for (int i = 0; i < 3; i++) {
            as.call(RESPIRATORY_CLINICIAN, () -> discussion.post(created.id(), null, "Omalizumab and " + word));
        }

        SearchResults results = as.call(RESPIRATORY_CLINICIAN, () -> search.search("omalizumab " + word));
        assertEquals(List.of(String.valueOf(created.id())), keys(results.cases()));
        assertTrue(results.articles().isEmpty() && results.catalogue().isEmpty(), results.toString());
        SearchResults omalizumab = as.call(RESPIRATORY_CLINICIAN, () -> search.search("omalizumab"));
        assertTrue(omalizumab.articles().stream().allMatch(h -> h.kind().equals("ARTICLE")), omalizumab.toString());
        assertTrue(
                omalizumab.catalogue().stream()
                        .noneMatch(h -> h.kind().equals("ARTICLE") || h.kind().equals("CASE")),
                omalizumab.toString());
        assertTrue(omalizumab.cases().stream().allMatch(h -> h.kind().equals("CASE")), omalizumab.toString());
    }

    @Test
    void findingEvidenceIsSearchedAndTheMatchIsMarkedInEscapedText() throws Exception {
        String word = word();
        CaseDetail created = as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.create(
                        asthma("<script>window.__xss=1</script>", "Spacer technique poor, " + word + " noted")));

        List<SearchHit> hits =
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(word)).cases();
        assertEquals(1, hits.size());
        SearchHit hit = hits.get(0);
        assertEquals(String.valueOf(created.id()), hit.key());
        assertTrue(hit.snippetHtml().contains("<mark>" + word + "</mark>"), hit.snippetHtml());
        assertFalse(hit.titleHtml().contains("<script") || hit.snippetHtml().contains("<script"), hit.toString());
        assertTrue(as.call(NEUROMUSCULAR_CLINICIAN, () -> search.search(word)).isEmpty(), "another team finds nothing");
    }

    @Test
    void aPluralFindsItsSingularAndBackAndTheMarkFollows() throws Exception {
        String word = word();
        CaseDetail created =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(asthma("Frequent exacerbations " + word, null)));

        SearchHit hit = as.call(RESPIRATORY_CLINICIAN, () -> search.search("exacerbation " + word)).cases().stream()
                .filter(h -> h.key().equals(String.valueOf(created.id())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the singular finds the plural"));
        assertTrue(hit.snippetHtml().contains("<mark>exacerbations</mark>"), hit.snippetHtml());
        SearchResults articles = as.call(RESPIRATORY_CLINICIAN, () -> search.search("inhibitors"));
        assertTrue(keys(articles.articles()).contains("haemophilia-inhibitors"), "the plural finds the singular");
        assertTrue(
                as.call(RESPIRATORY_CLINICIAN, () -> search.search("exacerbate " + word))
                        .cases()
                        .isEmpty(),
                "only plurals are reduced: other forms of a word stay apart");
    }

    @Test
    void aCaseChangeReachesTheIndexAtCommit() throws Exception {
        String before = word();
        String after = word();
        CaseDetail created =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(asthma("Night symptoms " + before, null)));
        as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.describe(
                        created.id(),
                        created.version(),
                        created.title(),
                        "Night symptoms " + after,
                        RESPIRATORY_CLINICIAN));

        assertTrue(as.call(RESPIRATORY_CLINICIAN, () -> search.search(before))
                .cases()
                .isEmpty());
        assertEquals(
                1,
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(after))
                        .cases()
                        .size());
    }

    /**
     * A case's words are one field of the index, derived from its title, summary and findings: a finding assessed (or
     * re-assessed) after the case was created changes it at commit, and each word may be in another of those texts.
     */
    @Test
    void aFindingAssessedLaterReachesTheCasesWordsAndTheWordsMaySitInDifferentTexts() throws Exception {
        String inSummary = word();
        String inEvidence = word();
        String replaced = word();
        CaseDetail created =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(asthma("Daily symptoms " + inSummary, null)));
        long version = as.call(
                RESPIRATORY_CLINICIAN,
                () -> record.assessFactor(
                        created.id(),
                        created.version(),
                        new FindingRequest("inhaler-technique", "SUSPECTED", "Spacer not used " + replaced, null)));
        assertEquals(List.of(String.valueOf(created.id())), keys(caseHits(replaced)));
        as.call(
                RESPIRATORY_CLINICIAN,
                () -> record.assessFactor(
                        created.id(),
                        version,
                        new FindingRequest("inhaler-technique", "CONFIRMED", "Spacer not used " + inEvidence, null)));

        assertTrue(caseHits(replaced).isEmpty(), "the evidence replaced is no longer found");
        assertEquals(List.of(String.valueOf(created.id())), keys(caseHits(inSummary + " " + inEvidence)));
        assertTrue(caseHits(inSummary + " -" + inEvidence).isEmpty(), "a word excluded anywhere in the case");
    }

    /** A word in a case's title counts more than the same word in another case's summary. */
    @Test
    void aWordInTheTitleRanksTheCaseFirst() throws Exception {
        String word = word();
        CaseDetail inSummary = as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.create(asthma("Exacerbations every winter, " + word + " suspected", null)));
        CaseDetail inTitle = as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.create(new NewCase(
                        new PatientRequest(null, 1980, "M"),
                        "severe-asthma",
                        "respiratory",
                        "Asthma with " + word,
                        "Exacerbations every winter despite treatment",
                        List.of(),
                        List.of(),
                        List.of())));

        assertEquals(List.of(String.valueOf(inTitle.id()), String.valueOf(inSummary.id())), keys(caseHits(word)));
    }

    private List<SearchHit> caseHits(String query) throws Exception {
        return as.call(RESPIRATORY_CLINICIAN, () -> search.search(query)).cases();
    }

    @Test
    void seededPublishedArticlesAndCatalogEntriesAreFoundWithMarkedTitles() throws Exception {
        SearchResults results = as.call(RESPIRATORY_CLINICIAN, () -> search.search("inhibitor"));
        assertTrue(keys(results.articles()).contains("haemophilia-inhibitors"), results.toString());

        SearchResults omalizumab = as.call(RESPIRATORY_CLINICIAN, () -> search.search("omalizumab"));
        SearchHit therapy = omalizumab.catalogue().stream()
                .filter(h -> h.key().equals("omalizumab"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(omalizumab.toString()));
        assertEquals("THERAPY", therapy.kind());
        assertEquals("<mark>Omalizumab</mark>", therapy.titleHtml());
        assertTrue(keys(omalizumab.articles()).contains("biologics-persistent-inflammation"), omalizumab.toString());
    }

    @Test
    void draftArticlesAreFoundOnlyOncePublished() throws Exception {
        String word = word();
        String slug = "search-" + word;
        ArticleDetail draft = draftArticle(slug, "Inhaler technique " + word, word);
        assertTrue(
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(word))
                        .articles()
                        .isEmpty(),
                "a draft");

        ArticleDetail inReview =
                as.call(ADMIN, () -> articles.changeStatus(slug, draft.version(), ArticleStatus.IN_REVIEW));
        as.call(ADMIN, () -> articles.changeStatus(slug, inReview.version(), ArticleStatus.PUBLISHED));

        List<SearchHit> found =
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(word)).articles();
        assertEquals(List.of(slug), keys(found));
        assertTrue(found.get(0).titleHtml().contains("<mark>" + word + "</mark>"), found.toString());
    }

    /**
     * The articles' and the catalogue's answer to a query is kept for the next search of the same words (issue 16),
     * and a change of an article is found at once: its generation is part of what the answer is kept under.
     */
    @Test
    void aKeptAnswerIsUsedUntilAnArticleChangesAndTheChangeIsFoundAtOnce() throws Exception {
        String word = word();
        String slug = "kept-" + word;
        ArticleDetail draft = draftArticle(slug, "Spacer devices " + word, word);
        ArticleDetail inReview =
                as.call(ADMIN, () -> articles.changeStatus(slug, draft.version(), ArticleStatus.IN_REVIEW));
        ArticleDetail published =
                as.call(ADMIN, () -> articles.changeStatus(slug, inReview.version(), ArticleStatus.PUBLISHED));
        assertEquals(
                List.of(slug),
                keys(as.call(RESPIRATORY_CLINICIAN, () -> search.search(word)).articles()));
        // an answer is kept once the server has known the generations for a while (the index may lag behind them)
        Thread.sleep(ReferenceAnswers.SETTLED.toMillis() + 500);
        List<SearchHit> first =
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(word)).articles();
        List<SearchHit> again =
                as.call(NEUROMUSCULAR_CLINICIAN, () -> search.search(word)).articles();
        assertSame(first, again, "the second search of the same words, by anyone, used the kept answer");

        ArticleDetail renamed = as.call(
                ADMIN,
                () -> articles.save(
                        slug,
                        published.version(),
                        "Spacers " + word + " renamed",
                        "How to check technique.",
                        "<p>Watch the patient use the device; " + word + ".</p>",
                        null,
                        null));
        List<SearchHit> afterSave =
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(word)).articles();
        assertTrue(afterSave.get(0).titleHtml().contains("renamed"), afterSave.toString());

        as.call(ADMIN, () -> articles.changeStatus(slug, renamed.version(), ArticleStatus.ARCHIVED));
        assertTrue(
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(word))
                        .articles()
                        .isEmpty(),
                "an archived article is no longer found");
    }

    @Test
    void onlyAdministratorsRebuildTheIndexAndNothingIsLost() throws Exception {
        String word = word();
        as.call(RESPIRATORY_CLINICIAN, () -> cases.create(asthma("Rebuild " + word, null)));
        assertThrows(EJBAccessException.class, () -> as.call(RESPIRATORY_CLINICIAN, () -> index.rebuild()));

        long documents = as.call(ADMIN, () -> index.rebuild());

        assertTrue(documents > 50, "articles, catalogue and cases: " + documents);
        assertEquals(
                1,
                as.call(RESPIRATORY_CLINICIAN, () -> search.search(word))
                        .cases()
                        .size());
        assertFalse(as.call(RESPIRATORY_CLINICIAN, () -> search.search("refractory"))
                .articles()
                .isEmpty());
    }

    @Test
    void aRebuildRunsInTheBackgroundAndSearchesSayTheIndexIsRebuilding() throws Exception {
        assertFalse(
                as.call(RESPIRATORY_CLINICIAN, () -> search.search("asthma")).rebuilding());
        assertThrows(EJBAccessException.class, () -> as.call(RESPIRATORY_CLINICIAN, () -> index.rebuildInBackground()));

        Future<Void> rebuild = as.call(ADMIN, () -> index.rebuildInBackground());
        try {
            assertTrue(
                    as.call(RESPIRATORY_CLINICIAN, () -> search.search("asthma"))
                            .rebuilding(),
                    "the call returned before the index was whole, and searches say so");
            assertTrue(index.isRebuilding());
        } finally {
            rebuild.get(2, TimeUnit.MINUTES);
        }
        SearchResults after = as.call(RESPIRATORY_CLINICIAN, () -> search.search("asthma"));
        assertFalse(after.rebuilding());
        assertFalse(after.catalogue().isEmpty(), "the rebuilt index finds the catalogue");
    }

    @Test
    void tooShortAQueryFindsNothing() throws Exception {
        assertTrue(as.call(RESPIRATORY_CLINICIAN, () -> search.search(" a ")).isEmpty());
    }

    /** A new article in draft whose body holds {@code word}. */
    private ArticleDetail draftArticle(String slug, String title, String word) throws Exception {
        return as.call(
                ADMIN,
                () -> articles.create(
                        slug,
                        title,
                        "How to check technique.",
                        "<p>Watch the patient use the device; " + word + ".</p>",
                        new ArticleLinks(List.of(), List.of(), List.of())));
    }

    private static List<String> keys(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::key).toList();
    }

    private static NewCase asthma(String summary, String evidence) {
        return new NewCase(
                new PatientRequest(null, 1971, "F"),
                "severe-asthma",
                "respiratory",
                null,
                summary,
                List.of(),
                List.of(),
                evidence == null
                        ? List.of()
                        : List.of(new FindingRequest("inhaler-technique", "SUSPECTED", evidence, null)));
    }

    private static NewCase myasthenia(String summary) {
        return new NewCase(
                new PatientRequest(null, 1979, "F"),
                "myasthenia-gravis",
                "neuromuscular",
                null,
                summary,
                List.of(),
                List.of(),
                List.of());
    }
}
