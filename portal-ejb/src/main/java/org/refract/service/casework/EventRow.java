package org.refract.service.casework;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.refract.domain.casework.ClinicalEvent;
import org.refract.domain.casework.EventDetails;
import org.refract.domain.casework.EventType;

/** One recorded clinical event of a case, as the case page, its chart and {@code GET .../events} show it. */
public record EventRow(
        long id, EventType type, LocalDate date, EventDetails details, String note, String enteredBy, Instant enteredAt)
        implements Serializable {

    static EventRow of(ClinicalEvent e) {
        return new EventRow(
                e.getId(),
                e.getType(),
                e.getOccurredOn(),
                e.details(),
                e.getNote(),
                e.getEnteredBy(),
                e.getEnteredAt());
    }

    /** The type's label, e.g. "Exacerbation". */
    public String label() {
        return type.label();
    }
}
