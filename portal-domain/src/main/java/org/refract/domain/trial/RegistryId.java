package org.refract.domain.trial;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.refract.domain.shared.InvalidInputException;

/**
 * A trial's identifier in a public registry, checked against the registry's format: ClinicalTrials.gov
 * ({@code NCT} and 8 digits), ISRCTN ({@code ISRCTN} and 8 digits), EudraCT ({@code 2020-001021-31}) or the EU
 * Clinical Trials Information System ({@code 2023-506899-27-00}).
 *
 * @param value the identifier, upper-case, without spaces
 */
public record RegistryId(String value) implements Serializable {

    private static final Pattern NCT = Pattern.compile("NCT\\d{8}");
    private static final Pattern ISRCTN = Pattern.compile("ISRCTN\\d{8}");
    private static final Pattern EUDRACT = Pattern.compile("(19|20)\\d{2}-\\d{6}-\\d{2}");
    private static final Pattern EU_CT = Pattern.compile("(19|20)\\d{2}-5\\d{5}-\\d{2}-\\d{2}");

    public RegistryId {
        if (value == null
                || !(NCT.matcher(value).matches()
                        || ISRCTN.matcher(value).matches()
                        || EUDRACT.matcher(value).matches()
                        || EU_CT.matcher(value).matches())) {
            throw new InvalidInputException(
                    "registryId",
                    "Give a registry identifier: NCT and 8 digits (ClinicalTrials.gov), ISRCTN and 8 digits,"
                            + " a EudraCT number (2020-001021-31) or an EU CT number (2023-506899-27-00).");
        }
    }

    /** Reads what an administrator typed: surrounding and inner spaces are dropped, letters made upper-case. */
    public static RegistryId of(String typed) {
        return new RegistryId(
                typed == null ? null : typed.replace(" ", "").strip().toUpperCase(Locale.ROOT));
    }

    /** The registry's public page of the trial. */
    public String registryLink() {
        if (value.startsWith("NCT")) {
            return "https://clinicaltrials.gov/study/" + value;
        }
        if (value.startsWith("ISRCTN")) {
            return "https://www.isrctn.com/" + value;
        }
        if (EU_CT.matcher(value).matches()) {
            return "https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=" + value;
        }
        return "https://www.clinicaltrialsregister.eu/ctr-search/search?query=" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
