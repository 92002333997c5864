package org.refract.service.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.ClinicalEvent;
import org.refract.domain.casework.EventType;
import org.refract.domain.identity.Role;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.shared.InvalidRequestException;

/**
 * Dated clinical events of a case: recording them and listing them. Recording appends to the record, so the API
 * needs no case version; the case page sends the version it shows, so that a change made meanwhile is reported.
 * Envers records every event that is accepted.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class ClinicalEventService {

    private static final String TYPES = "EXACERBATION, HOSPITALISATION, BLEED, SEIZURE, MG_CRISIS, FLARE, RELAPSE,"
            + " PROGRESSION, INFUSION_REACTION or ADVERSE_EVENT";

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    /**
     * Records an event on a case of the caller's team.
     *
     * @param version the case version the caller saw, or null from the API (events only add to the record)
     * @return the new event
     * @throws InvalidRequestException naming the field: type, date, a detail of another kind, count or note
     */
    public EventRow record(long caseId, Long version, EventRequest entry) {
        ClinicalCase clinicalCase = version == null ? access.get(caseId) : access.getForChange(caseId, version);
        EventType type = type(entry.type());
        LocalDate today = today();
        ClinicalEvent event;
        try {
            event = clinicalCase.recordEvent(
                    type,
                    entry.date() == null ? today : entry.date(),
                    entry.details(),
                    entry.note(),
                    access.caller(),
                    clock.instant(),
                    today);
        } catch (InvalidInputException e) {
            throw InvalidRequestException.of(e.field(), e.getMessage());
        }
        access.flush(caseId);
        return EventRow.of(event);
    }

    /** The case's events, newest first. */
    public List<EventRow> events(long caseId) {
        return access.get(caseId).getEvents().stream().map(EventRow::of).toList();
    }

    private static EventType type(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.of("type", "The type is required (" + TYPES + ").");
        }
        try {
            return EventType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("type", "Unknown event type '" + value.strip() + "': use " + TYPES + ".");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }
}
