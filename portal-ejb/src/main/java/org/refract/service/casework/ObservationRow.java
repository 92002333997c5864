package org.refract.service.casework;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.refract.domain.casework.Observation;
import org.refract.domain.catalog.Interpretation;
import org.refract.domain.catalog.Severity;

/**
 * One measurement of a case, with its interpretation from the catalogue.
 *
 * @param number the numeric value (also 0/1 for tests), null for value-set members
 * @param code the value-set member (MGFA class), null for numbers
 * @param ordinal the position of a value-set member in clinical order, for charts; -1 for numbers
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
        Instant enteredAt)
        implements Serializable {

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
                o.getEnteredAt());
    }
}
