package org.refract.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.refract.domain.decision.StepDownHint.RunningLine;

class StepDownHintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final RuleSpec REMISSION = new RuleSpec(
            "remission:severe-asthma",
            RuleKind.REMISSION,
            "severe-asthma",
            null,
            "Severe asthma: clinical remission on treatment",
            "Menzies-Gow et al. 2020",
            null,
            1,
            LocalDate.of(2020, 3, 1),
            CriteriaJson.read(
                    "{\"type\":\"measure\",\"code\":\"act\",\"aggregate\":\"LATEST\",\"op\":\"GE\",\"threshold\":20,"
                            + "\"label\":\"ACT 20 or more\"}"),
            52,
            null,
            null);

    private static final RunningLine BENRALIZUMAB =
            new RunningLine("benralizumab", "Benralizumab", "Biologic (anti-IL-5 receptor)", TODAY.minusWeeks(60));
    private static final RunningLine OCS =
            new RunningLine("ocs", "Maintenance oral corticosteroid", "Systemic corticosteroid", TODAY.minusYears(3));
    private static final RunningLine ICS = new RunningLine(
            "high-dose-ics-laba", "High-dose ICS-LABA", "Inhaled corticosteroid + LABA", TODAY.minusYears(5));

    private static RuleOutcome remission(Verdict verdict) {
        return new RuleOutcome(REMISSION, verdict, List.of());
    }

    @Test
    void oralCorticosteroidsComeFirst() {
        StepDownHint hint = StepDownHint.of(remission(Verdict.MET), List.of(BENRALIZUMAB, OCS, ICS), TODAY)
                .orElseThrow();
        assertEquals("ocs", hint.therapy());
        assertTrue(hint.steroid());
        assertEquals(52, hint.periodWeeks());
    }

    @Test
    void thenTheBiologicOnceRemissionHasHeldForTheRulesPeriod() {
        assertEquals(
                "benralizumab",
                StepDownHint.of(remission(Verdict.MET), List.of(ICS, BENRALIZUMAB), TODAY)
                        .orElseThrow()
                        .therapy());
    }

    @Test
    void noHintBeforeThePeriodOrWithoutRemissionOrForInhaledTherapyAlone() {
        RunningLine recent =
                new RunningLine("benralizumab", "Benralizumab", "Biologic (anti-IL-5 receptor)", TODAY.minusWeeks(51));
        assertEquals(Optional.empty(), StepDownHint.of(remission(Verdict.MET), List.of(recent), TODAY));
        RunningLine exactly =
                new RunningLine("benralizumab", "Benralizumab", "Biologic (anti-IL-5 receptor)", TODAY.minusWeeks(52));
        assertTrue(
                StepDownHint.of(remission(Verdict.MET), List.of(exactly), TODAY).isPresent());
        assertEquals(Optional.empty(), StepDownHint.of(remission(Verdict.UNMET), List.of(BENRALIZUMAB), TODAY));
        assertEquals(Optional.empty(), StepDownHint.of(remission(Verdict.MISSING), List.of(BENRALIZUMAB), TODAY));
        assertEquals(Optional.empty(), StepDownHint.of(remission(Verdict.MET), List.of(ICS), TODAY));
        assertEquals(Optional.empty(), StepDownHint.of(null, List.of(BENRALIZUMAB), TODAY));
    }
}
