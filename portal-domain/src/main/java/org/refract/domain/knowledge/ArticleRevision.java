package org.refract.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.refract.domain.shared.BaseEntity;

/** One save of an article: its title, summary and (sanitised) body as they were, with author and time. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, length = 600, updatable = false)
    private String summary;

    @Column(nullable = false, length = 100000, updatable = false)
    private String body;

    @Column(length = 300, updatable = false)
    private String note;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ArticleRevision() {}

    ArticleRevision(Article article, int number, ArticleContent content, String note, String by, Instant at) {
        this.article = article;
        this.number = number;
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.note = note;
        this.createdBy = by;
        this.createdAt = at;
    }

    public ArticleContent content() {
        return new ArticleContent(title, summary, body);
    }

    public Article getArticle() {
        return article;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
