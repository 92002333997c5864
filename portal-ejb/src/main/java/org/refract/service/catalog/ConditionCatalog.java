package org.refract.service.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** Everything the catalogue says about one condition: its instruments, therapies and resistance factors. */
public record ConditionCatalog(
        ConditionOption condition,
        List<InstrumentInfo> instruments,
        List<TherapyOption> therapies,
        List<FactorInfo> factors)
        implements Serializable {

    public Optional<InstrumentInfo> instrument(String code) {
        return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
