package org.refract.service.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ValueKind;

/** What a form needs to know about an instrument: unit, range, value set, and the bands for the chart legend. */
public record InstrumentOption(
        String code,
        String name,
        String shortName,
        String unit,
        ValueKind kind,
        BigDecimal min,
        BigDecimal max,
        int decimals,
        String rangeText,
        Boolean higherIsBetter,
        String source,
        List<Member> members,
        List<Band> bands)
        implements Serializable {

    /** A member of a value set or a test result. */
    public record Member(String code, String label) implements Serializable {}

    /** An interpretation band. */
    public record Band(
            BigDecimal lower, BigDecimal upper, String rangeText, String label, String severity, String source)
            implements Serializable {}

    static InstrumentOption of(Instrument i) {
        return new InstrumentOption(
                i.getCode(),
                i.getName(),
                i.getShortName(),
                i.getUnit(),
                i.getValueKind(),
                i.getMinValue(),
                i.getMaxValue(),
                i.getDecimals(),
                i.rangeText(),
                i.getHigherIsBetter(),
                i.getSource(),
                i.getAllowedValues().stream()
                        .map(a -> new Member(a.getValueCode(), a.getLabel()))
                        .toList(),
                i.getBands().stream()
                        .map(b -> new Band(
                                b.getLowerBound(),
                                b.getUpperBound(),
                                b.rangeText(),
                                b.getLabel(),
                                b.getSeverity().name(),
                                b.getSource()))
                        .toList());
    }

    public boolean isCoded() {
        return kind != ValueKind.NUMBER;
    }
}
