package org.refract.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One member of a value-set or binary instrument, with what it means. */
@Embeddable
public class AllowedValue {

    @Column(name = "value_code", nullable = false, length = 20)
    private String valueCode;

    @Column(nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    protected AllowedValue() {
        // for JPA
    }

    public AllowedValue(String valueCode, String label, Severity severity) {
        this.valueCode = Objects.requireNonNull(valueCode, "The value code is required.");
        this.label = Objects.requireNonNull(label, "The label is required.");
        this.severity = Objects.requireNonNull(severity, "The severity is required.");
    }

    public String getValueCode() {
        return valueCode;
    }

    public String getLabel() {
        return label;
    }

    public Severity getSeverity() {
        return severity;
    }
}
