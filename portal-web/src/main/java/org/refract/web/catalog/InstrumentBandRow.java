package org.refract.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import org.refract.domain.catalog.Severity;
import org.refract.service.catalog.InstrumentDetail;

/** One interpretation band of a numeric instrument as edited on {@link InstrumentEditBacking}'s page. */
public class InstrumentBandRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal lower;
    private boolean lowerInclusive = true;
    private BigDecimal upper;
    private boolean upperInclusive = true;
    private String label;
    private Severity severity = Severity.NORMAL;
    private String source;

    public BigDecimal getLower() {
        return lower;
    }

    public void setLower(BigDecimal lower) {
        this.lower = lower;
    }

    public boolean isLowerInclusive() {
        return lowerInclusive;
    }

    public void setLowerInclusive(boolean lowerInclusive) {
        this.lowerInclusive = lowerInclusive;
    }

    public BigDecimal getUpper() {
        return upper;
    }

    public void setUpper(BigDecimal upper) {
        this.upper = upper;
    }

    public boolean isUpperInclusive() {
        return upperInclusive;
    }

    public void setUpperInclusive(boolean upperInclusive) {
        this.upperInclusive = upperInclusive;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    static InstrumentBandRow of(InstrumentDetail.Band b) {
        InstrumentBandRow row = new InstrumentBandRow();
        row.lower = b.lower();
        row.lowerInclusive = b.lowerInclusive();
        row.upper = b.upper();
        row.upperInclusive = b.upperInclusive();
        row.label = b.label();
        row.severity = b.severity();
        row.source = b.source();
        return row;
    }

    InstrumentDetail.Band toBand() {
        return new InstrumentDetail.Band(lower, lowerInclusive, upper, upperInclusive, label, severity, source);
    }
}
