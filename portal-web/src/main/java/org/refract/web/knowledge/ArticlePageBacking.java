package org.refract.web.knowledge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.refract.service.knowledge.ArticleDetail;
import org.refract.service.knowledge.KnowledgeService;
import org.refract.service.shared.NotFoundException;

/** {@code /knowledge/article.xhtml?slug=…}: one published article; anything else answers 404. */
@Named
@RequestScoped
public class ArticlePageBacking {

    @Inject
    KnowledgeService knowledge;

    private String slug;
    private ArticleDetail article;

    public void open() throws IOException {
        try {
            article = knowledge.article(slug == null ? "" : slug);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    public ArticleDetail getArticle() {
        return article;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
