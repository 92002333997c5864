package org.refract.demo.synthetic;

import java.time.LocalDate;

/**
 * One line of treatment with its outcome and the checks that decide whether it was an adequate trial.
 *
 * @param therapyCode catalogue therapy code
 * @param dose free-text dose and schedule
 * @param start first day
 * @param end last day, or null while ongoing
 * @param response NONE, PARTIAL, COMPLETE, INTOLERANT or UNKNOWN
 * @param reasonStopped why it ended, or null
 * @param adherenceConfirmed whether adherence was confirmed (null = not checked)
 * @param adherenceMethod how adherence was checked
 * @param inhalerTechniqueChecked only for inhaled therapy, otherwise null
 * @param adequateTrial whether the trial counts as adequate (null = not judged yet)
 * @param adequacyReason why the trial was not adequate
 */
public record TreatmentLineBlueprint(
        String therapyCode,
        String dose,
        LocalDate start,
        LocalDate end,
        String response,
        String reasonStopped,
        Boolean adherenceConfirmed,
        String adherenceMethod,
        Boolean inhalerTechniqueChecked,
        Boolean adequateTrial,
        String adequacyReason) {

    public boolean isOngoing() {
        return end == null;
    }
}
