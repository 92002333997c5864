package org.refract.service.casework;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A treatment line as entered. Null booleans mean "not known yet"; the team needs to know whether adherence was
 * confirmed and whether the trial was adequate before calling the disease resistant.
 */
public record TreatmentLineRequest(
        String therapy,
        String dose,
        LocalDate start,
        LocalDate end,
        String response,
        String reasonStopped,
        Boolean adherenceConfirmed,
        String adherenceMethod,
        Boolean inhalerTechniqueChecked,
        Boolean adequateTrial,
        String adequacyReason)
        implements Serializable {}
