package org.refract.service.catalog;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * The standard codes the catalogue carries for exchange (FHIR): SNOMED CT and ICD-10 of conditions, LOINC and the
 * UCUM unit of instruments, ATC of therapies, each keyed by catalogue code. A missing key means no standard code.
 */
public record StandardCodes(
        Map<String, String> conditionSnomed,
        Map<String, String> conditionIcd10,
        Map<String, String> instrumentLoinc,
        Map<String, String> instrumentUcum,
        Map<String, String> therapyAtc)
        implements Serializable {

    public StandardCodes {
        conditionSnomed = Map.copyOf(conditionSnomed);
        conditionIcd10 = Map.copyOf(conditionIcd10);
        instrumentLoinc = Map.copyOf(instrumentLoinc);
        instrumentUcum = Map.copyOf(instrumentUcum);
        therapyAtc = Map.copyOf(therapyAtc);
    }

    /** The catalogue code whose standard code in {@code codes} is {@code standard}. */
    public static Optional<String> catalogCodeOf(Map<String, String> codes, String standard) {
        return codes.entrySet().stream()
                .filter(e -> e.getValue().equals(standard))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
    }
}
