package org.refract.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refract.service.search.SearchHit;
import org.refract.service.search.SearchIndex;
import org.refract.service.search.SearchResults;
import org.refract.service.search.SearchService;
import org.refract.web.shared.Messages;

/** {@code /search.xhtml?q=…}: what the header's search box found, and (for administrators) the index rebuild. */
@Named
@RequestScoped
public class SearchBacking {

    @EJB
    SearchService search;

    @EJB
    SearchIndex index;

    private String q;
    private SearchResults results;
    private List<SearchGroup> groups;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** Nothing is searched until a query is given; an empty box shows the page's own search field only. */
    public SearchResults getResults() {
        if (results == null) {
            results = search.search(q);
        }
        return results;
    }

    /** The result groups as the page shows them, for {@link SearchGroups}: articles, catalogue, cases. */
    public List<SearchGroup> getGroups() {
        if (groups == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String contextPath = faces.getExternalContext().getRequestContextPath();
            SearchResults found = getResults();
            groups = List.of(
                    group(faces, contextPath, "articles", found.articles()),
                    group(faces, contextPath, "catalogue", found.catalogue()),
                    group(faces, contextPath, "cases", found.cases()));
        }
        return groups;
    }

    private SearchGroup group(FacesContext faces, String contextPath, String id, List<SearchHit> hits) {
        List<SearchLine> lines = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            String page = link(hit);
            lines.add(new SearchLine(
                    hit.kind().toLowerCase(Locale.ROOT),
                    Messages.text(faces, "search.kind." + hit.kind()),
                    page == null ? null : contextPath + page,
                    hit.titleHtml(),
                    hit.snippetHtml()));
        }
        return new SearchGroup(id, Messages.text(faces, "search.group." + id), lines);
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    /** The page a result opens, relative to the context root; null for entries that have no page of their own. */
    static String link(SearchHit hit) {
        return switch (hit.kind()) {
            case "ARTICLE" -> "/knowledge/article.xhtml?slug=" + hit.key();
            case "THERAPY" -> "/knowledge/therapy.xhtml?code=" + hit.key();
            case "FACTOR" -> "/knowledge/factor.xhtml?code=" + hit.key();
            case "CONDITION" -> "/knowledge/index.xhtml#condition-" + hit.key();
            case "CASE" -> "/cases/case.xhtml?id=" + hit.key();
            default -> null;
        };
    }

    /** Administrators rebuild the index from the database (after a restore, or if results look stale). */
    public void rebuild() {
        long documents = index.rebuild();
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "search.rebuilt", documents);
        results = null;
        groups = null;
    }
}
