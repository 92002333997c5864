package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.EventCounts;

/**
 * The counts a case's events give (see {@link EventCounts}) as observation rows, for the instruments the case's
 * condition uses: an ABR is derived for a haemophilia case, not for an asthma case that recorded a nosebleed.
 */
@Dependent
public class DerivedCounts {

    @Inject
    CatalogLookup catalog;

    List<ObservationRow> of(ClinicalCase clinicalCase, LocalDate today, Instant now) {
        return EventCounts.of(clinicalCase.getEvents(), today).stream()
                .flatMap(count -> catalog
                        .instrument(count.code())
                        .filter(instrument -> instrument.appliesTo(clinicalCase.getCondition()))
                        .map(instrument -> ObservationRow.derived(instrument, count, now))
                        .stream())
                .toList();
    }
}
