package org.refract.service.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.refract.domain.catalog.Severity;
import org.refract.domain.catalog.ValueKind;

/**
 * A measurement instrument as the administrator edits it; {@code active}, {@code version} and {@code references} are
 * read-only, and the kind of value is chosen once.
 *
 * @param code immutable code
 * @param name name, e.g. "Asthma Control Test"
 * @param shortName short name for charts and tiles, e.g. "ACT"
 * @param unit unit, e.g. "points" or "cells/µL"
 * @param kind NUMBER, VALUE_SET or BINARY; fixed after creation
 * @param minValue lowest value (NUMBER)
 * @param maxValue highest value (NUMBER)
 * @param decimals decimals recorded (NUMBER), 0-3
 * @param higherIsBetter direction of improvement; null when it has none
 * @param loincCode optional LOINC code
 * @param snomedCode optional SNOMED CT id
 * @param description optional description
 * @param source optional source of the bands or value meanings
 * @param displayOrder position in pickers
 * @param conditions codes of the conditions it is recorded for
 * @param values the value set in clinical order (VALUE_SET; for BINARY the labels of 0 and 1)
 * @param bands interpretation bands, the first that contains a value applies (NUMBER)
 * @param active whether it is offered for new measurements
 * @param version the version an edit is made on
 * @param references measurements recorded with it
 */
public record InstrumentDetail(
        String code,
        String name,
        String shortName,
        String unit,
        ValueKind kind,
        BigDecimal minValue,
        BigDecimal maxValue,
        int decimals,
        Boolean higherIsBetter,
        String loincCode,
        String snomedCode,
        String description,
        String source,
        int displayOrder,
        List<String> conditions,
        List<Value> values,
        List<Band> bands,
        boolean active,
        long version,
        long references)
        implements Serializable {

    /** One member of a value set. */
    public record Value(String code, String label, Severity severity) implements Serializable {}

    /** One interpretation band; a null bound is open. */
    public record Band(
            BigDecimal lower,
            boolean lowerInclusive,
            BigDecimal upper,
            boolean upperInclusive,
            String label,
            Severity severity,
            String source)
            implements Serializable {}
}
