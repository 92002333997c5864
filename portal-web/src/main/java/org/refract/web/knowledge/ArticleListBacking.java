package org.refract.web.knowledge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.knowledge.ArticleAdministrationService;
import org.refract.service.knowledge.ArticleRow;

/** {@code /admin/articles/}: every article, whatever its status. */
@Named
@RequestScoped
public class ArticleListBacking {

    @Inject
    ArticleAdministrationService administration;

    private List<ArticleRow> articles;

    public List<ArticleRow> getArticles() {
        if (articles == null) {
            articles = administration.articles();
        }
        return articles;
    }
}
