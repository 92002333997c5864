package org.refract.service.casework;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.refract.domain.casework.EventCounts;
import org.refract.domain.casework.Observation;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.Interpretation;
import org.refract.domain.catalog.MeasuredValue;
import org.refract.domain.catalog.Severity;

/**
 * One measurement of a case, with its interpretation from the catalogue.
 *
 * @param number the numeric value (also 0/1 for tests), null for value-set members
 * @param code the value-set member (MGFA class), null for numbers
 * @param ordinal the position of a value-set member in clinical order, for charts; -1 for numbers
 * @param derived a count derived from the case's recorded events (id 0, nothing to remove); its note says how
 */
public record ObservationRow(
        long id,
        long version,
        String instrumentCode,
        String instrumentName,
        BigDecimal number,
        String code,
        int ordinal,
        String display,
        String unit,
        LocalDate date,
        String note,
        String interpretation,
        Severity severity,
        String interpretationSource,
        String enteredBy,
        Instant enteredAt,
        boolean derived)
        implements Serializable {

    /** Who "entered" a derived count. */
    static final String DERIVED_BY = "events";

    static ObservationRow of(Observation o) {
        var instrument = o.getInstrument();
        var interpretation = o.interpretation();
        var value = o.getValue();
        return new ObservationRow(
                o.getId(),
                o.getVersion(),
                instrument.getCode(),
                instrument.getName(),
                value.number(),
                value.code(),
                value.isNumeric() ? -1 : instrument.ordinalOf(value.code()),
                value.display(),
                o.getUnit(),
                o.getObservedOn(),
                o.getNote(),
                interpretation.map(Interpretation::label).orElse(null),
                interpretation.map(Interpretation::severity).orElse(null),
                interpretation.map(Interpretation::source).orElse(null),
                o.getEnteredBy(),
                o.getEnteredAt(),
                false);
    }

    /** A count derived from events, dated the last day of its window, interpreted like a typed one. */
    static ObservationRow derived(Instrument instrument, EventCounts.Derived count, Instant at) {
        MeasuredValue value = MeasuredValue.number(count.value());
        var interpretation = instrument.interpret(value);
        return new ObservationRow(
                0,
                0,
                instrument.getCode(),
                instrument.getName(),
                value.number(),
                null,
                -1,
                value.display(),
                instrument.getUnit(),
                count.to(),
                count.basis(),
                interpretation.map(Interpretation::label).orElse(null),
                interpretation.map(Interpretation::severity).orElse(null),
                interpretation.map(Interpretation::source).orElse(null),
                DERIVED_BY,
                at,
                true);
    }
}
