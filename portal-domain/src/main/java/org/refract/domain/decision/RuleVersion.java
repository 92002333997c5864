package org.refract.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/** One immutable version of a decision rule: its wording, source, criteria and who made it when. */
@Entity
@Table(name = "decision_rule_version")
public class RuleVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_id", nullable = false, updatable = false)
    private DecisionRule rule;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200, updatable = false)
    private String name;

    @Column(nullable = false, length = 300, updatable = false)
    private String source;

    @Column(name = "article_slug", length = 80, updatable = false)
    private String articleSlug;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 20000, updatable = false)
    private String criteria;

    @Column(name = "review_after_weeks", updatable = false)
    private Integer reviewAfterWeeks;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, updatable = false)
    private AlertSeverity severity;

    @Column(name = "alert_text", length = 500, updatable = false)
    private String alertText;

    @Column(nullable = false, updatable = false)
    private boolean investigational;

    @Column(name = "change_note", length = 500, updatable = false)
    private String changeNote;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RuleVersion() {}

    RuleVersion(DecisionRule rule, int number, RuleDraft draft, String by, Instant now) {
        this.rule = rule;
        this.number = number;
        this.name = required(draft.name(), "name", 200);
        this.source = required(draft.source(), "source", 300);
        this.articleSlug = slug(draft.articleSlug());
        if (draft.effectiveFrom() == null) {
            throw new InvalidInputException("effectiveFrom", "Give the date this version takes effect.");
        }
        this.effectiveFrom = draft.effectiveFrom();
        this.criteria = CriteriaJson.write(CriteriaJson.read(required(draft.criteria(), "criteria", 20000)));
        this.reviewAfterWeeks = draft.reviewAfterWeeks();
        this.severity = draft.severity();
        this.alertText = draft.alertText() == null || draft.alertText().isBlank()
                ? null
                : required(draft.alertText(), "alertText", 500);
        this.changeNote = required(draft.changeNote(), "changeNote", 500);
        if (draft.investigational() && rule.getKind() != RuleKind.THERAPY_ELIGIBILITY) {
            throw new InvalidInputException(
                    "investigational", "Only an eligibility rule can mark its therapy as investigational.");
        }
        this.investigational = draft.investigational();
        this.createdBy = by;
        this.createdAt = now;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "This field is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "Use at most " + max + " characters.");
        }
        return stripped;
    }

    private static String slug(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (!stripped.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new InvalidInputException(
                    "articleSlug", "An article slug has lower-case letters, digits and dashes.");
        }
        return stripped;
    }

    public RuleSpec spec() {
        return new RuleSpec(
                rule.getCode(),
                rule.getKind(),
                rule.getConditionCode(),
                rule.getTherapyCode(),
                name,
                source,
                articleSlug,
                number,
                effectiveFrom,
                CriteriaJson.read(criteria),
                reviewAfterWeeks,
                severity,
                alertText,
                investigational);
    }

    /** The draft that would recreate this version (the editor starts from it). */
    public RuleDraft toDraft() {
        return new RuleDraft(
                name,
                source,
                articleSlug,
                effectiveFrom,
                criteria,
                reviewAfterWeeks,
                severity,
                alertText,
                null,
                investigational);
    }

    public DecisionRule getRule() {
        return rule;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }

    public String getArticleSlug() {
        return articleSlug;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getCriteria() {
        return criteria;
    }

    public Integer getReviewAfterWeeks() {
        return reviewAfterWeeks;
    }

    public AlertSeverity getSeverity() {
        return severity;
    }

    public String getAlertText() {
        return alertText;
    }

    /** Whether the therapy is offered only within a clinical trial. */
    public boolean isInvestigational() {
        return investigational;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
