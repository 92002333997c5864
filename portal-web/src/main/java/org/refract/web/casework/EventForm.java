package org.refract.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.EventDetails;
import org.refract.domain.casework.EventType;
import org.refract.service.casework.ClinicalEventService;
import org.refract.service.casework.EventRequest;
import org.refract.web.shared.FormFeedback;

/**
 * The quick-entry form for a dated clinical event, beside the measurements: the kind of event decides which details
 * it asks for (steroids for an exacerbation, site for a bleed, the count for a seizure day).
 */
@Named
@ViewScoped
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicalEventService events;

    @Inject
    CaseChange change;

    @Inject
    EventsView eventsView;

    private final FormFeedback feedback = new FormFeedback();
    private EventType type;
    private LocalDate date = LocalDate.now();
    private Boolean treatedWithSystemicSteroids;
    private Boolean hospitalised;
    private Boolean icu;
    private String site;
    private Boolean treated;
    private String seizureType;
    private BigDecimal count;
    private String note;

    public void record() {
        EventType chosen = type;
        EventDetails details = new EventDetails(
                shown("treatedWithSystemicSteroids") ? treatedWithSystemicSteroids : null,
                shown("hospitalised") ? hospitalised : null,
                shown("icu") ? icu : null,
                shown("site") ? site : null,
                shown("treated") ? treated : null,
                shown("seizureType") ? seizureType : null,
                shown("count") && count != null ? count.intValue() : null);
        String name = chosen == null ? "" : eventsView.typeName(chosen);
        if (change.run(
                feedback,
                (id, version) -> events.record(
                        id, version, new EventRequest(chosen == null ? null : chosen.name(), date, details, note)),
                "case.event.recorded",
                name)) {
            treatedWithSystemicSteroids = null;
            hospitalised = null;
            icu = null;
            site = null;
            treated = null;
            seizureType = null;
            count = null;
            note = null;
        }
    }

    /** Whether the chosen kind of event asks for a detail (by its field name). */
    public boolean shown(String detail) {
        return type != null && type.allows(detail);
    }

    public List<EventType> getTypes() {
        return List.of(EventType.values());
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Boolean getTreatedWithSystemicSteroids() {
        return treatedWithSystemicSteroids;
    }

    public void setTreatedWithSystemicSteroids(Boolean treatedWithSystemicSteroids) {
        this.treatedWithSystemicSteroids = treatedWithSystemicSteroids;
    }

    public Boolean getHospitalised() {
        return hospitalised;
    }

    public void setHospitalised(Boolean hospitalised) {
        this.hospitalised = hospitalised;
    }

    public Boolean getIcu() {
        return icu;
    }

    public void setIcu(Boolean icu) {
        this.icu = icu;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public Boolean getTreated() {
        return treated;
    }

    public void setTreated(Boolean treated) {
        this.treated = treated;
    }

    public String getSeizureType() {
        return seizureType;
    }

    public void setSeizureType(String seizureType) {
        this.seizureType = seizureType;
    }

    public BigDecimal getCount() {
        return count;
    }

    public void setCount(BigDecimal count) {
        this.count = count;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
