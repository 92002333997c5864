package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refract.domain.casework.Fixtures.CLINICIAN;
import static org.refract.domain.casework.Fixtures.ICS_LABA;
import static org.refract.domain.casework.Fixtures.MEPOLIZUMAB;
import static org.refract.domain.casework.Fixtures.NOW;
import static org.refract.domain.casework.Fixtures.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The line between true resistance and a failure that may be non-adherence: only an adequate trial, taken as
 * prescribed (and with a checked inhaler technique when inhaled), that did not work counts.
 */
class TrialAssessmentTest {

    // Columns: inhaled therapy?, response, adequate trial, adherence confirmed, inhaler technique checked,
    // expected assessment. An empty cell is null (not known / not judged).
    @ParameterizedTest(name = "inhaled={0} {1} adequate={2} adherence={3} technique={4} -> {5}")
    @CsvSource({
        // Non-inhaled: adherence alone verifies the trial.
        "false, NONE,       true,  true,  ,      ADEQUATE_FAILURE",
        "false, PARTIAL,    true,  true,  ,      ADEQUATE_FAILURE",
        "false, NONE,       true,  ,      ,      UNVERIFIED",
        "false, NONE,       true,  false, ,      UNVERIFIED",
        "false, PARTIAL,    true,  false, ,      UNVERIFIED",
        "false, NONE,       false, true,  ,      INADEQUATE",
        "false, PARTIAL,    false, ,      ,      INADEQUATE",
        "false, NONE,       ,      true,  ,      ONGOING_UNJUDGED",
        "false, UNKNOWN,    true,  true,  ,      ONGOING_UNJUDGED",
        "false, UNKNOWN,    ,      ,      ,      ONGOING_UNJUDGED",
        "false, UNKNOWN,    false, true,  ,      INADEQUATE",
        "false, COMPLETE,   true,  true,  ,      RESPONDED",
        "false, COMPLETE,   false, false, ,      RESPONDED",
        "false, COMPLETE,   ,      ,      ,      RESPONDED",
        "false, INTOLERANT, true,  true,  ,      INTOLERANT",
        "false, INTOLERANT, false, ,      ,      INTOLERANT",
        "false, INTOLERANT, ,      ,      ,      INTOLERANT",
        // Inhaled: the inhaler technique must have been checked as well.
        "true,  NONE,       true,  true,  true,  ADEQUATE_FAILURE",
        "true,  PARTIAL,    true,  true,  true,  ADEQUATE_FAILURE",
        "true,  NONE,       true,  true,  ,      UNVERIFIED",
        "true,  NONE,       true,  true,  false, UNVERIFIED",
        "true,  PARTIAL,    true,  false, true,  UNVERIFIED",
        "true,  NONE,       true,  ,      true,  UNVERIFIED",
        "true,  NONE,       false, true,  true,  INADEQUATE",
        "true,  NONE,       ,      true,  true,  ONGOING_UNJUDGED",
        "true,  COMPLETE,   true,  true,  true,  RESPONDED",
        "true,  INTOLERANT, true,  true,  true,  INTOLERANT",
        "true,  UNKNOWN,    true,  true,  true,  ONGOING_UNJUDGED"
    })
    void assessment(
            boolean inhaled,
            TreatmentResponse response,
            Boolean adequate,
            Boolean adherence,
            Boolean technique,
            TrialAssessment expected) {
        TreatmentLine line = line(inhaled, response, adequate, adherence, technique);
        assertEquals(expected, line.trialAssessment());
        assertEquals(expected == TrialAssessment.ADEQUATE_FAILURE, line.countsAsFailedAdequateTrial());
    }

    /** Every combination, against the definition written out once more in plain boolean logic. */
    static Stream<Arguments> everyCombination() {
        Boolean[] tristate = {null, Boolean.TRUE, Boolean.FALSE};
        List<Arguments> all = new ArrayList<>();
        for (boolean inhaled : new boolean[] {true, false}) {
            for (TreatmentResponse response : TreatmentResponse.values()) {
                for (Boolean adequate : tristate) {
                    for (Boolean adherence : tristate) {
                        for (Boolean technique : inhaled ? tristate : new Boolean[] {null}) {
                            all.add(Arguments.of(inhaled, response, adequate, adherence, technique));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void countsOnlyAdequateVerifiedFailures(
            boolean inhaled, TreatmentResponse response, Boolean adequate, Boolean adherence, Boolean technique) {
        boolean expected = Boolean.TRUE.equals(adequate)
                && Boolean.TRUE.equals(adherence)
                && (!inhaled || Boolean.TRUE.equals(technique))
                && (response == TreatmentResponse.NONE || response == TreatmentResponse.PARTIAL);
        TreatmentLine line = line(inhaled, response, adequate, adherence, technique);
        assertEquals(expected, line.countsAsFailedAdequateTrial());
        assertEquals(expected, line.trialAssessment() == TrialAssessment.ADEQUATE_FAILURE);
    }

    private static TreatmentLine line(
            boolean inhaled, TreatmentResponse response, Boolean adequate, Boolean adherence, Boolean technique) {
        ClinicalCase clinicalCase = Fixtures.asthmaCase();
        TreatmentLine line = clinicalCase.addTreatmentLine(
                inhaled ? ICS_LABA : MEPOLIZUMAB, null, LocalDate.of(2025, 1, 1), null, CLINICIAN, NOW, TODAY);
        line.recordOutcome(response, null, null);
        line.recordAdherence(adherence, null);
        line.recordInhalerTechnique(technique);
        line.judgeTrial(adequate, Boolean.FALSE.equals(adequate) ? "Dose too low" : null);
        return line;
    }
}
