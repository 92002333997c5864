package org.refract.service.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** Everything the catalogue says about one condition: its instruments, therapies and resistance factors. */
public record ConditionCatalog(
        ConditionOption condition,
        List<InstrumentOption> instruments,
        List<TherapyOption> therapies,
        List<FactorOption> factors)
        implements Serializable {

    public Optional<InstrumentOption> instrument(String code) {
        return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
