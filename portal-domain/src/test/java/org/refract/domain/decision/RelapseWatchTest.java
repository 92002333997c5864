package org.refract.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refract.domain.decision.RelapseWatch.StoppedLine;

class RelapseWatchTest {

    private static final LocalDate STOPPED = LocalDate.of(2026, 7, 1);
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
            CriteriaJson.read("{\"type\":\"all\",\"label\":\"All\",\"of\":["
                    + "{\"type\":\"measure\",\"code\":\"act\",\"aggregate\":\"LATEST\",\"op\":\"GE\",\"threshold\":20,"
                    + "\"label\":\"ACT 20 or more\"},"
                    + "{\"type\":\"measure\",\"code\":\"exacerbations-12m\",\"aggregate\":\"LATEST\",\"op\":\"EQ\","
                    + "\"threshold\":0,\"label\":\"No exacerbations\"}]}"),
            52,
            null,
            null);
    private static final RuleBook BOOK = new RuleBook(List.of(REMISSION));
    private static final StoppedLine BENRALIZUMAB = new StoppedLine(
            "benralizumab", "Benralizumab", "Biologic (anti-IL-5 receptor)", STOPPED.minusYears(2), STOPPED);

    private static CaseFacts facts(LocalDate on, String act, String exacerbations) {
        return new CaseFacts(
                on,
                1958,
                List.of(
                        CaseFacts.Measurement.number("act", act, "{score}", on),
                        CaseFacts.Measurement.number("exacerbations-12m", exacerbations, "{count}", on)),
                List.of(),
                Map.of(),
                Set.of());
    }

    private static Optional<RelapseWatch> check(StoppedLine line, CaseFacts atStop, CaseFacts now) {
        return RelapseWatch.check(BOOK, "severe-asthma", line, atStop, now);
    }

    @Test
    void exacerbationsAfterAStopInRemissionAreARelapse() {
        RelapseWatch relapse = check(BENRALIZUMAB, facts(STOPPED, "23", "0"), facts(STOPPED.plusMonths(5), "22", "2"))
                .orElseThrow();
        assertEquals("Benralizumab", relapse.therapyName());
        assertEquals(STOPPED.plusWeeks(52), relapse.watchUntil());
        assertEquals("No exacerbations", relapse.unmet(), "the criterion by its label, not the instrument's code");
        assertTrue(relapse.rule().contains("version 1"), relapse.rule());
    }

    @Test
    void stillInRemissionIsNoRelapse() {
        assertTrue(check(BENRALIZUMAB, facts(STOPPED, "23", "0"), facts(STOPPED.plusMonths(5), "22", "0"))
                .isEmpty());
    }

    @Test
    void aStopOutsideRemissionIsNotWatched() {
        assertTrue(check(BENRALIZUMAB, facts(STOPPED, "15", "1"), facts(STOPPED.plusMonths(5), "12", "3"))
                .isEmpty());
    }

    @Test
    void theWatchEndsAfterTheRulesPeriod() {
        assertTrue(check(BENRALIZUMAB, facts(STOPPED, "23", "0"), facts(STOPPED.plusWeeks(53), "14", "2"))
                .isEmpty());
    }

    @Test
    void onlyBiologicsImmunosuppressantsAndOralSteroidsAreWatched() {
        StoppedLine inhaler = new StoppedLine(
                "high-dose-ics-laba",
                "High-dose ICS-LABA",
                "Inhaled corticosteroid + LABA",
                STOPPED.minusYears(3),
                STOPPED);
        assertTrue(check(inhaler, facts(STOPPED, "23", "0"), facts(STOPPED.plusMonths(2), "14", "2"))
                .isEmpty());
    }
}
