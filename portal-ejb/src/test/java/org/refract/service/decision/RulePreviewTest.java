package org.refract.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.refract.domain.decision.Aggregate;
import org.refract.domain.decision.AlertSeverity;
import org.refract.domain.decision.Comparison;
import org.refract.domain.decision.Criterion;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.decision.RuleOutcome;
import org.refract.domain.decision.RuleSpec;
import org.refract.domain.decision.Vignette;

/** The preview's diff: a vignette's result before and after a draft, and the explanation lines that differ. */
class RulePreviewTest {

    private static final String ASTHMA = "severe-asthma";

    private static final Vignette EOS_350 = Vignette.of("eos-350", ASTHMA, "Eosinophils 350, 5 exacerbations")
            .measured("blood-eos", "350", "cells/uL", 1)
            .measured("exacerbations-12m", "5", "count", 1)
            .build();
    private static final Vignette NO_EOS = Vignette.of("no-eos", ASTHMA, "No eosinophil count")
            .measured("exacerbations-12m", "5", "count", 1)
            .build();

    private static RuleSpec rule(RuleKind kind, Criterion criteria, int version) {
        return new RuleSpec(
                "rule:test",
                kind,
                ASTHMA,
                kind == RuleKind.SAFETY ? null : "mepolizumab",
                "Test rule",
                "Test source",
                null,
                version,
                LocalDate.of(2026, 1, 1),
                criteria,
                null,
                kind == RuleKind.SAFETY ? AlertSeverity.WARNING : null,
                kind == RuleKind.SAFETY ? "Check" : null);
    }

    private static Criterion eosAtLeast(int threshold) {
        return Criterion.Group.allOf(
                null,
                new Criterion.Measure(
                        "Eosinophils",
                        "blood-eos",
                        Aggregate.HIGHEST,
                        Comparison.GE,
                        BigDecimal.valueOf(threshold),
                        null),
                new Criterion.Measure(
                        "Exacerbations",
                        "exacerbations-12m",
                        Aggregate.LATEST,
                        Comparison.GE,
                        BigDecimal.valueOf(4),
                        null));
    }

    private static RulePreview preview(RuleKind kind, Criterion now, Criterion draft, Vignette vignette) {
        RuleSpec current = rule(kind, now, 1);
        RuleSpec proposed = rule(kind, draft, 2);
        RuleBook book = new RuleBook(List.of(current));
        Optional<RuleOutcome> before = book.outcome(current, vignette.facts(), vignette.condition(), List.of());
        Optional<RuleOutcome> after =
                book.replacing(proposed).outcome(proposed, vignette.facts(), vignette.condition(), List.of());
        return new RulePreview(vignette.key(), vignette.title(), before.orElse(null), after.orElse(null));
    }

    @Test
    void aStricterThresholdChangesTheResultAndMarksTheLineThatDecided() {
        RulePreview p = preview(RuleKind.THERAPY_ELIGIBILITY, eosAtLeast(300), eosAtLeast(400), EOS_350);
        assertEquals("ELIGIBLE", p.statusBefore());
        assertEquals("NOT_ELIGIBLE", p.statusAfter());
        assertTrue(p.isChanged());
        assertEquals(
                List.of(true, true, false),
                p.lines().stream().map(RulePreview.Line::changed).toList(),
                "the group's verdict and the eosinophil line changed; the exacerbation line did not");
    }

    @Test
    void anUnchangedResultCanStillHaveAChangedExplanation() {
        Criterion reworded = Criterion.Group.allOf(
                null,
                new Criterion.Measure(
                        "Eosinophils at least 300",
                        "blood-eos",
                        Aggregate.HIGHEST,
                        Comparison.GE,
                        BigDecimal.valueOf(300),
                        null),
                new Criterion.Measure(
                        "Exacerbations",
                        "exacerbations-12m",
                        Aggregate.LATEST,
                        Comparison.GE,
                        BigDecimal.valueOf(4),
                        null));
        RulePreview p = preview(RuleKind.THERAPY_ELIGIBILITY, eosAtLeast(300), reworded, EOS_350);
        assertFalse(p.isChanged());
        assertTrue(p.isExplanationChanged());
        RulePreview same = preview(RuleKind.THERAPY_ELIGIBILITY, eosAtLeast(300), eosAtLeast(300), EOS_350);
        assertFalse(same.isChanged());
        assertFalse(same.isExplanationChanged());
        assertTrue(same.lines().stream().noneMatch(RulePreview.Line::changed));
    }

    @Test
    void missingDataStaysMissingAndSafetyRulesReadAsAlerts() {
        RulePreview missing = preview(RuleKind.THERAPY_ELIGIBILITY, eosAtLeast(300), eosAtLeast(400), NO_EOS);
        assertEquals("INSUFFICIENT_DATA", missing.statusBefore());
        assertFalse(missing.isChanged());
        Criterion onMepolizumab = new Criterion.OnTherapy(null, java.util.Set.of("mepolizumab"));
        Criterion eos = new Criterion.Measure(null, "blood-eos", Aggregate.LATEST, Comparison.GE, BigDecimal.TEN, null);
        RulePreview alert = preview(RuleKind.SAFETY, onMepolizumab, eos, EOS_350);
        assertEquals("NO_ALERT", alert.statusBefore());
        assertEquals("ALERT", alert.statusAfter());
    }

    @Test
    void aResponseRuleAppliesOnlyWithAnOngoingLineOfItsTherapy() {
        Criterion fewer = new Criterion.Measure(
                null, "exacerbations-12m", Aggregate.LATEST, Comparison.LE, BigDecimal.valueOf(2), null);
        RulePreview p = preview(RuleKind.RESPONSE, fewer, fewer, EOS_350);
        assertEquals("NOT_APPLICABLE", p.statusBefore());
        assertEquals("NOT_APPLICABLE", p.statusAfter());
        assertTrue(p.lines().isEmpty());
    }
}
