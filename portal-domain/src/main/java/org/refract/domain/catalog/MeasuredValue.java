package org.refract.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of one measurement: a number (scores, lab values, counts, 0/1 test results) or the code of a value-set
 * member (MGFA class). Immutable; equal when the same number (ignoring trailing zeros) or the same code.
 */
@Embeddable
public class MeasuredValue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "numeric_value", precision = 12, scale = 3)
    private BigDecimal numericValue;

    @Column(name = "coded_value", length = 20)
    private String codedValue;

    protected MeasuredValue() {
        // for JPA
    }

    private MeasuredValue(BigDecimal numericValue, String codedValue) {
        this.numericValue = numericValue;
        this.codedValue = codedValue;
    }

    public static MeasuredValue number(BigDecimal value) {
        return new MeasuredValue(Objects.requireNonNull(value, "A number is required."), null);
    }

    public static MeasuredValue number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    public static MeasuredValue code(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A code is required.");
        }
        return new MeasuredValue(null, code.strip());
    }

    public boolean isNumeric() {
        return numericValue != null;
    }

    public BigDecimal number() {
        return numericValue;
    }

    public String code() {
        return codedValue;
    }

    /** The value as a clinician reads it: "320", "0.75", "IIIa". */
    public String display() {
        return isNumeric() ? numericValue.stripTrailingZeros().toPlainString() : codedValue;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MeasuredValue that)) {
            return false;
        }
        if (isNumeric() != that.isNumeric()) {
            return false;
        }
        return isNumeric() ? numericValue.compareTo(that.numericValue) == 0 : codedValue.equals(that.codedValue);
    }

    @Override
    public int hashCode() {
        return isNumeric() ? numericValue.stripTrailingZeros().hashCode() : Objects.hashCode(codedValue);
    }

    @Override
    public String toString() {
        return display();
    }
}
