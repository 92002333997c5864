package org.refract.demo.synthetic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One measurement: either a number (scores, laboratory values, counts, 0/1 test results) or a code (MGFA class).
 *
 * @param instrumentCode catalogue instrument code
 * @param number the numeric value, or null for a coded value
 * @param code the coded value, or null for a number
 * @param unit the unit as the REST contract spells it
 * @param observedOn when it was measured
 * @param enteredAt when it was recorded
 */
public record ObservationBlueprint(
        String instrumentCode, BigDecimal number, String code, String unit, LocalDate observedOn, Instant enteredAt) {

    public boolean isNumeric() {
        return number != null;
    }
}
