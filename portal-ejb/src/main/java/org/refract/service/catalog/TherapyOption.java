package org.refract.service.catalog;

import java.io.Serializable;
import org.refract.domain.catalog.Therapy;

/** A therapy as offered when recording a treatment line. */
public record TherapyOption(
        String code, String name, String therapyClass, String target, String route, boolean inhaled, String source)
        implements Serializable {

    public static TherapyOption of(Therapy t) {
        return new TherapyOption(
                t.getCode(),
                t.getName(),
                t.getTherapyClass(),
                t.getTarget(),
                t.getRoute(),
                t.isInhaled(),
                t.getSource());
    }
}
