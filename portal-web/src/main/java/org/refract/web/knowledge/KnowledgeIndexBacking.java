package org.refract.web.knowledge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.knowledge.ArticleRow;
import org.refract.service.knowledge.KnowledgeService;

/** {@code /knowledge/}: the published articles. */
@Named
@RequestScoped
public class KnowledgeIndexBacking {

    @Inject
    KnowledgeService knowledge;

    private List<ArticleRow> articles;

    public List<ArticleRow> getArticles() {
        if (articles == null) {
            articles = knowledge.published();
        }
        return articles;
    }
}
