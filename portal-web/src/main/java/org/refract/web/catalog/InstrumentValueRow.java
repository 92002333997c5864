package org.refract.web.catalog;

import java.io.Serializable;
import org.refract.domain.catalog.Severity;
import org.refract.service.catalog.InstrumentDetail;

/** One member of an instrument's value set as edited on {@link InstrumentEditBacking}'s page. */
public class InstrumentValueRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String label;
    private Severity severity = Severity.NORMAL;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    static InstrumentValueRow of(String code, String label, Severity severity) {
        InstrumentValueRow row = new InstrumentValueRow();
        row.code = code;
        row.label = label;
        row.severity = severity;
        return row;
    }

    InstrumentDetail.Value toValue() {
        return new InstrumentDetail.Value(code, label, severity);
    }
}
