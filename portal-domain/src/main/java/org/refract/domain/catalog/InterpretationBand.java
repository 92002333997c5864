package org.refract.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A range of a numeric instrument with its meaning, e.g. ACT 16-19 "not well controlled". Either bound may be
 * open; inclusiveness is explicit because guideline thresholds are ("≥ 300", "< 0.75").
 */
@Embeddable
public class InterpretationBand {

    @Column(name = "lower_bound", precision = 12, scale = 3)
    private BigDecimal lowerBound;

    @Column(name = "lower_inclusive", nullable = false)
    private boolean lowerInclusive;

    @Column(name = "upper_bound", precision = 12, scale = 3)
    private BigDecimal upperBound;

    @Column(name = "upper_inclusive", nullable = false)
    private boolean upperInclusive;

    @Column(nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(length = 300)
    private String source;

    protected InterpretationBand() {
        // for JPA
    }

    public InterpretationBand(
            BigDecimal lowerBound,
            boolean lowerInclusive,
            BigDecimal upperBound,
            boolean upperInclusive,
            String label,
            Severity severity,
            String source) {
        if (lowerBound != null && upperBound != null && lowerBound.compareTo(upperBound) > 0) {
            throw new IllegalArgumentException("A band's lower bound must not exceed its upper bound.");
        }
        this.lowerBound = lowerBound;
        this.lowerInclusive = lowerInclusive;
        this.upperBound = upperBound;
        this.upperInclusive = upperInclusive;
        this.label = Objects.requireNonNull(label, "The label is required.");
        this.severity = Objects.requireNonNull(severity, "The severity is required.");
        this.source = source;
    }

    public boolean contains(BigDecimal value) {
        if (value == null) {
            return false;
        }
        if (lowerBound != null) {
            int c = value.compareTo(lowerBound);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upperBound != null) {
            int c = value.compareTo(upperBound);
            if (c > 0 || (c == 0 && !upperInclusive)) {
                return false;
            }
        }
        return true;
    }

    public Interpretation interpretation() {
        return new Interpretation(label, severity, source);
    }

    /** The band as a guideline would write it: "≥ 300", "16–19", "< 0.75". */
    public String rangeText() {
        if (lowerBound == null && upperBound == null) {
            return "any";
        }
        if (lowerBound == null) {
            return (upperInclusive ? "≤ " : "< ")
                    + upperBound.stripTrailingZeros().toPlainString();
        }
        if (upperBound == null) {
            return (lowerInclusive ? "≥ " : "> ")
                    + lowerBound.stripTrailingZeros().toPlainString();
        }
        return (lowerInclusive ? "" : "> ") + lowerBound.stripTrailingZeros().toPlainString() + "–"
                + (upperInclusive ? "" : "< ") + upperBound.stripTrailingZeros().toPlainString();
    }

    public BigDecimal getLowerBound() {
        return lowerBound;
    }

    public boolean isLowerInclusive() {
        return lowerInclusive;
    }

    public BigDecimal getUpperBound() {
        return upperBound;
    }

    public boolean isUpperInclusive() {
        return upperInclusive;
    }

    public String getLabel() {
        return label;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getSource() {
        return source;
    }
}
