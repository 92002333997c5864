package org.refract.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.refract.domain.shared.BaseEntity;

/** A dated correction or note added to a signed recommendation, which itself never changes. */
@Entity
@Table(name = "recommendation_addendum")
@Audited
public class Addendum extends BaseEntity {

    static final int TEXT_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id", nullable = false, updatable = false)
    private Recommendation recommendation;

    @Column(name = "body", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "written_by", nullable = false, length = 64, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected Addendum() {
        // for JPA
    }

    Addendum(Recommendation recommendation, String text, String by, Instant now) {
        this.recommendation = recommendation;
        this.text = ReviewTexts.required(text, TEXT_MAX, "text", "Write the addendum.");
        this.writtenBy = ReviewTexts.requireUser(by);
        this.writtenAt = Objects.requireNonNull(now, "The time is required.");
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getText() {
        return text;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
