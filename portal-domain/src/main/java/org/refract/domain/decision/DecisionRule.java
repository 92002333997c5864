package org.refract.domain.decision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/**
 * A decision rule: what it decides (kind, condition, therapy) under a stable code, and its immutable versions.
 * An edit never changes a version; {@link #revise} adds the next one, so every assessment can say which version it
 * used.
 */
@Entity
@Table(name = "decision_rule")
public class DecisionRule extends BaseEntity {

    @Column(nullable = false, length = 80, unique = true, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private RuleKind kind;

    @Column(name = "condition_code", length = 40, updatable = false)
    private String conditionCode;

    @Column(name = "therapy_code", length = 40, updatable = false)
    private String therapyCode;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    @OneToMany(mappedBy = "rule", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<RuleVersion> versions = new ArrayList<>();

    protected DecisionRule() {}

    /**
     * A new rule with its first version (administrators create the eligibility rule of a trial this way; the seeded
     * rules come from migrations).
     *
     * @throws InvalidInputException naming the field at fault
     */
    public static DecisionRule create(
            String code,
            RuleKind kind,
            String conditionCode,
            String therapyCode,
            RuleDraft first,
            String by,
            Instant now) {
        if (code == null || !code.matches("[a-z]+:[A-Za-z0-9][A-Za-z0-9.-]{0,60}")) {
            throw new InvalidInputException("code", "A rule code is a kind and a name, e.g. trial:NCT05828225.");
        }
        DecisionRule rule = new DecisionRule();
        rule.code = code;
        rule.kind = java.util.Objects.requireNonNull(kind, "kind");
        rule.conditionCode = conditionCode;
        rule.therapyCode = therapyCode;
        rule.active = true;
        rule.revise(first, by, now);
        return rule;
    }

    public RuleVersion current() {
        return versions.stream()
                .filter(v -> v.getNumber() == currentNumber)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Rule " + code + " has no version " + currentNumber));
    }

    /** The rule as the evaluation uses it (current version). */
    public RuleSpec spec() {
        return current().spec();
    }

    /**
     * Adds the next version. Everything is checked before anything changes: criteria must parse, safety rules need
     * a severity and an alert text, response rules a review interval.
     *
     * @throws InvalidInputException naming the field at fault
     */
    public RuleVersion revise(RuleDraft draft, String by, Instant now) {
        if (draft.changeNote() == null || draft.changeNote().isBlank()) {
            throw new InvalidInputException("changeNote", "Say what changed and why (it is kept with the version).");
        }
        if (kind == RuleKind.RESPONSE
                && (draft.reviewAfterWeeks() == null
                        || draft.reviewAfterWeeks() < 1
                        || draft.reviewAfterWeeks() > 260)) {
            throw new InvalidInputException("reviewAfterWeeks", "Give the review interval in weeks (1 to 260).");
        }
        if (kind == RuleKind.SAFETY && draft.severity() == null) {
            throw new InvalidInputException("severity", "Choose how serious the alert is.");
        }
        if (kind == RuleKind.SAFETY
                && (draft.alertText() == null || draft.alertText().isBlank())) {
            throw new InvalidInputException("alertText", "Write the alert clinicians will see.");
        }
        RuleVersion next = new RuleVersion(this, currentNumber + 1, draft, by, now);
        versions.add(next);
        currentNumber = next.getNumber();
        return next;
    }

    public String getCode() {
        return code;
    }

    public RuleKind getKind() {
        return kind;
    }

    public String getConditionCode() {
        return conditionCode;
    }

    public String getTherapyCode() {
        return therapyCode;
    }

    public boolean isActive() {
        return active;
    }

    public int getCurrentNumber() {
        return currentNumber;
    }

    /** Oldest first. */
    public List<RuleVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    @Override
    public String toString() {
        return "DecisionRule[" + code + " v" + currentNumber + "]";
    }
}
