package org.refract.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.refract.service.search.SearchHit;
import org.refract.service.search.SearchIndex;
import org.refract.service.search.SearchResults;
import org.refract.service.search.SearchService;

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

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    /** The page a result opens, relative to the context root; null for entries that have no page of their own. */
    public String link(SearchHit hit) {
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
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        context.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        MessageFormat.format(msg.getString("search.rebuilt"), documents),
                        null));
        results = null;
    }
}
