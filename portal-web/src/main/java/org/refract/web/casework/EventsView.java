package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refract.domain.casework.EventDetails;
import org.refract.domain.casework.EventType;
import org.refract.service.casework.EventRow;
import org.refract.web.shared.Messages;

/** How the case page names clinical events and their details, in the table and on the charts' marks. */
@Named
@RequestScoped
public class EventsView {

    @Inject
    FacesContext faces;

    /** The bundle key of a type's name, e.g. {@code case.event.type.exacerbation}. */
    public String typeKey(EventType type) {
        return "case.event.type." + type.name().toLowerCase(Locale.ROOT);
    }

    public String typeName(EventType type) {
        return Messages.text(faces, typeKey(type));
    }

    /** The details that were recorded, e.g. "systemic steroids, hospitalised" or "left knee, treated". */
    public String details(EventRow event) {
        EventDetails d = event.details();
        List<String> parts = new ArrayList<>();
        flag(parts, d.treatedWithSystemicSteroids(), "case.event.steroids.yes", "case.event.steroids.no");
        flag(parts, d.hospitalised(), "case.event.hospitalised.yes", "case.event.hospitalised.no");
        flag(parts, d.icu(), "case.event.icu.yes", null);
        if (d.site() != null) {
            parts.add(d.site());
        }
        flag(parts, d.treated(), "case.event.treated.yes", "case.event.treated.no");
        if (d.seizureType() != null) {
            parts.add(d.seizureType());
        }
        if (d.count() != null) {
            parts.add(Messages.text(faces, "case.event.count.value", d.count()));
        }
        return String.join(", ", parts);
    }

    /** A mark's tooltip on the charts: "2026-10-01 Exacerbation: systemic steroids". */
    public String mark(EventRow event) {
        String details = details(event);
        return event.date() + " " + typeName(event.type()) + (details.isEmpty() ? "" : ": " + details);
    }

    private void flag(List<String> parts, Boolean value, String yesKey, String noKey) {
        if (Boolean.TRUE.equals(value)) {
            parts.add(Messages.text(faces, yesKey));
        } else if (Boolean.FALSE.equals(value) && noKey != null) {
            parts.add(Messages.text(faces, noKey));
        }
    }
}
