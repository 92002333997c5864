package org.refract.web.knowledge;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.refract.service.knowledge.PublishedArticles;

/** Links to knowledge pages; an article link only when the article is published (no dead links for clinicians). */
@Named
@ApplicationScoped
public class KnowledgeLinks {

    @EJB
    PublishedArticles published;

    /** The article's page, or null when it is not published. */
    public String article(String slug) {
        return published.isPublished(slug) ? base() + "/knowledge/article.xhtml?slug=" + encode(slug) : null;
    }

    public String therapy(String code) {
        return base() + "/knowledge/therapy.xhtml?code=" + encode(code);
    }

    public String factor(String code) {
        return base() + "/knowledge/factor.xhtml?code=" + encode(code);
    }

    private static String base() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
