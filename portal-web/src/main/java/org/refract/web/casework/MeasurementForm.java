package org.refract.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.catalog.InstrumentOption;
import org.refract.web.shared.FormFeedback;

/**
 * The inline add-measurement form of the Measurements tab. The instrument decides the input: a number with its unit
 * and range, or a choice of the value set's members (MGFA class, test results).
 */
@Named
@ViewScoped
public class MeasurementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicalRecordService records;

    @Inject
    CasePage page;

    @Inject
    CaseChange change;

    private final FormFeedback feedback = new FormFeedback();
    private String code;
    private BigDecimal number;
    private String member;
    private LocalDate date = LocalDate.now();
    private String note;

    public void add() {
        InstrumentOption instrument = getInstrument();
        Object value = instrument != null && instrument.isCoded() ? member : number;
        String unit = instrument == null ? null : instrument.unit();
        String name = instrument == null ? code : instrument.shortName();
        boolean coded = instrument != null && instrument.isCoded();
        if (change.run(
                feedback,
                (id, version) ->
                        records.addObservation(id, version, new ObservationRequest(code, value, unit, date, note)),
                field -> switch (field) {
                    case "value", "unit" -> coded ? "member" : "value";
                    case "code", "date", "note" -> field;
                    default -> null;
                },
                "case.measurement.added",
                name)) {
            number = null;
            member = null;
            note = null;
        }
    }

    /** The chosen instrument, or null before one is chosen. */
    public InstrumentOption getInstrument() {
        return page.instrument(code).orElse(null);
    }

    public String getUnitLabel() {
        InstrumentOption instrument = getInstrument();
        return instrument == null ? "" : Units.display(instrument.unit());
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
