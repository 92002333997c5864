package org.refract.web.knowledge;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.service.knowledge.ArticleAdministrationService;
import org.refract.service.knowledge.ArticleDetail;
import org.refract.service.knowledge.ArticleDiff;
import org.refract.service.knowledge.ArticleLinks;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /admin/articles/edit.xhtml[?slug=…]}: write or edit an article in the rich-text editor, preview the
 * sanitised result, save (a revision each time), move it through review to publication, compare and restore
 * revisions. A refused save keeps everything typed. The catalogue entries to link are {@link ArticleLinkChoices}.
 */
@Named
@ViewScoped
public class ArticleEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ArticleAdministrationService administration;

    private String slugParam;
    private ArticleDetail article;
    private String slug;
    private String title;
    private String summary;
    private String body;
    private String note;
    private List<String> conditions = new ArrayList<>();
    private List<String> therapies = new ArrayList<>();
    private List<String> factors = new ArrayList<>();
    private String preview;
    private ArticleDiff diff;
    private String conflict;
    private boolean htmlMode;

    public void open() throws IOException {
        if (article != null || slugParam == null || slugParam.isBlank()) {
            return;
        }
        try {
            startFrom(administration.article(slugParam));
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    private void startFrom(ArticleDetail detail) {
        article = detail;
        slug = detail.slug();
        title = detail.title();
        summary = detail.summary();
        body = detail.body();
        note = null;
        conditions = new ArrayList<>(detail.links().conditions());
        therapies = new ArrayList<>(detail.links().therapies());
        factors = new ArrayList<>(detail.links().factors());
        conflict = null;
        // The rich-text editor knows no tables: articles with one are edited as HTML, so nothing is lost.
        htmlMode = htmlMode || body.contains("<table");
    }

    /** Switches between the rich-text editor and the HTML source; the text typed so far is kept. */
    public void toggleHtmlMode() {
        htmlMode = !htmlMode;
    }

    public boolean isHtmlMode() {
        return htmlMode;
    }

    public boolean isNew() {
        return article == null;
    }

    public void save() {
        ArticleLinks links = new ArticleLinks(conditions, therapies, factors);
        boolean created = isNew();
        Optional<ArticleDetail> result = FormAction.current()
                .conflicts(text -> conflict = text)
                .call(() -> created
                        ? administration.create(slug, title, summary, body, links)
                        : administration.save(article.slug(), article.version(), title, summary, body, note, links));
        if (result.isPresent()) {
            ArticleDetail saved = result.get();
            startFrom(saved);
            preview = null;
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages.addGlobalInfo(
                    faces,
                    created ? "articles.created" : "articles.saved",
                    saved.revisions().get(0).number());
            if (created) {
                // The new article gets its own address, so that the page can be bookmarked and reloaded.
                faces.getExternalContext().getFlash().setKeepMessages(true);
                Faces.redirect(faces.getExternalContext().getRequestContextPath() + "/admin/articles/edit.xhtml?slug="
                        + saved.slug());
            }
        }
    }

    /** The body as it will be stored (sanitised), shown without saving. */
    public void showPreview() {
        preview = administration.preview(body);
    }

    public void moveTo(ArticleStatus target) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces)
                .conflicts(text -> conflict = text)
                .problemsAs("articles.refused")
                .call(() -> administration.changeStatus(article.slug(), article.version(), target))
                .ifPresent(changed -> {
                    startFrom(changed);
                    Messages.addGlobalInfo(
                            faces, "articles.status.changed", Messages.text(faces, "articles.status." + target.name()));
                });
    }

    public void compare(int revision) {
        diff = administration.diff(
                article.slug(), revision, article.revisions().get(0).number());
    }

    public void restore(int revision) {
        FormAction.current()
                .conflicts(text -> conflict = text)
                .call(() -> administration.restore(article.slug(), article.version(), revision))
                .ifPresent(restored -> {
                    startFrom(restored);
                    diff = null;
                    Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "articles.restored", revision);
                });
    }

    /** After a conflict: load the other person's version; the form starts again from it. */
    public void reload() {
        startFrom(administration.article(article.slug()));
    }

    public ArticleDetail getArticle() {
        return article;
    }

    public String getSlugParam() {
        return slugParam;
    }

    public void setSlugParam(String slugParam) {
        this.slugParam = slugParam;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<String> getConditions() {
        return conditions;
    }

    public void setConditions(List<String> conditions) {
        this.conditions = conditions;
    }

    public List<String> getTherapies() {
        return therapies;
    }

    public void setTherapies(List<String> therapies) {
        this.therapies = therapies;
    }

    public List<String> getFactors() {
        return factors;
    }

    public void setFactors(List<String> factors) {
        this.factors = factors;
    }

    public String getPreview() {
        return preview;
    }

    public ArticleDiff getDiff() {
        return diff;
    }

    public String getConflict() {
        return conflict;
    }
}
