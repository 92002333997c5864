package org.refract.demo.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCaseFactoryTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final List<CaseBlueprint> CASES =
            new SyntheticCaseFactory(7, 1, NOW).cases(10_000).toList();

    /** Units exactly as API.md names them; codes API.md gives no unit for are not checked here. */
    private static final Map<String, String> API_UNITS = Map.ofEntries(
            Map.entry("blood-eos", "cells/uL"),
            Map.entry("feno", "ppb"),
            Map.entry("total-ige", "IU/mL"),
            Map.entry("exacerbations-12m", "count"),
            Map.entry("ocs-maintenance-mg", "mg/day"),
            Map.entry("weight-kg", "kg"),
            Map.entry("mgfa-class", "class"),
            Map.entry("factor-level-pct", "%"),
            Map.entry("inhibitor-bu", "BU"),
            Map.entry("inhibitor-peak-bu", "BU"),
            Map.entry("abr", "bleeds/year"),
            Map.entry("seizure-free-months", "months"));

    /** The seed codes API.md promises; the factory must not rely on any other. */
    private static final Set<String> API_INSTRUMENTS = Set.of(
            "act",
            "acq",
            "fev1-pct-pred",
            "blood-eos",
            "feno",
            "total-ige",
            "exacerbations-12m",
            "ocs-maintenance-mg",
            "weight-kg",
            "mgfa-class",
            "mg-adl",
            "qmg",
            "achr-ab",
            "musk-ab",
            "lrp4-ab",
            "factor-level-pct",
            "inhibitor-bu",
            "inhibitor-peak-bu",
            "abr",
            "aav5-ab",
            "seizure-free-months",
            "seizures-per-month");

    private static final Set<String> API_THERAPIES = Set.of(
            "high-dose-ics-laba",
            "omalizumab",
            "mepolizumab",
            "reslizumab",
            "benralizumab",
            "dupilumab",
            "tezepelumab",
            "bronchial-thermoplasty",
            "pyridostigmine",
            "azathioprine",
            "mycophenolate",
            "methotrexate",
            "ivig",
            "plasma-exchange",
            "rituximab",
            "eculizumab",
            "ravulizumab",
            "efgartigimod",
            "thymectomy",
            "fviii-concentrate",
            "fix-concentrate",
            "iti",
            "apcc",
            "rfviia",
            "emicizumab",
            "valoctocogene-roxaparvovec",
            "levetiracetam",
            "valproate",
            "lamotrigine",
            "carbamazepine",
            "cenobamate",
            "epilepsy-surgery",
            "vagus-nerve-stimulation");
    private static final Set<String> API_FACTORS = Set.of(
            "steroid-resistance",
            "non-eosinophilic-endotype",
            "antibody-subtype",
            "inhibitor",
            "gr-variant",
            "f8-mutation-type",
            "hla",
            "tobacco-smoke",
            "allergen-exposure",
            "air-pollution",
            "occupational-exposure",
            "obesity",
            "rhinosinusitis",
            "gerd",
            "sleep-apnoea",
            "anxiety-depression",
            "adherence",
            "inhaler-technique",
            "side-effects",
            "cost-access",
            "thymic-pathology",
            "disease-duration",
            "misdiagnosis");

    @Test
    void theSameSeedGivesTheSameCases() {
        List<CaseBlueprint> again =
                new SyntheticCaseFactory(7, 1, NOW).cases(500).toList();
        assertEquals(CASES.subList(0, 500), again);
        assertEquals(CASES.get(321), new SyntheticCaseFactory(7, 1, NOW).blueprint(321));
    }

    @Test
    void anotherSeedGivesOtherCases() {
        List<CaseBlueprint> other =
                new SyntheticCaseFactory(8, 1, NOW).cases(50).toList();
        assertNotEquals(CASES.subList(0, 50), other);
    }

    @Test
    void pseudonymsAreSequentialFromTheFirstNumber() {
        assertEquals("P-000001", CASES.get(0).pseudonym());
        assertEquals("P-010000", CASES.get(9_999).pseudonym());
        List<CaseBlueprint> later =
                new SyntheticCaseFactory(7, 123_456, NOW).cases(3).toList();
        assertEquals(
                List.of("P-123456", "P-123457", "P-123458"),
                later.stream().map(CaseBlueprint::pseudonym).toList());
    }

    @Test
    void carriesNoIdentifyingFields() {
        Set<String> components = Arrays.stream(CaseBlueprint.class.getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "pseudonym",
                        "birthYear",
                        "sex",
                        "conditionCode",
                        "teamCode",
                        "title",
                        "summary",
                        "status",
                        "createdAt",
                        "statusChangedAt",
                        "updatedAt",
                        "clinicianPick",
                        "observations",
                        "treatmentLines",
                        "findings"),
                components);
        Pattern pseudonym = Pattern.compile("P-\\d{6}");
        Pattern identifierLike = Pattern.compile("\\d{5,}|\\b(Mr|Mrs|Ms|Miss|Dr)\\b|\\d{1,2}/\\d{1,2}/\\d{2,4}");
        for (CaseBlueprint c : CASES) {
            assertTrue(pseudonym.matcher(c.pseudonym()).matches(), c.pseudonym());
            assertTrue(Set.of("F", "M", "X").contains(c.sex()));
            assertFalse(identifierLike.matcher(c.summary()).find(), c.summary());
            assertFalse(identifierLike.matcher(c.title()).find(), c.title());
            assertFalse(c.summary().contains(c.pseudonym()));
            assertTrue(c.title().length() >= 3 && c.title().length() <= 200, c.title());
            assertTrue(c.summary().length() <= 4000);
        }
    }

    @Test
    void everyValueLiesInsideItsPlausibleRange() {
        for (CaseBlueprint c : CASES) {
            for (ObservationBlueprint o : c.observations()) {
                if ("mgfa-class".equals(o.instrumentCode())) {
                    assertNull(o.number());
                    assertTrue(
                            Set.of("I", "IIa", "IIb", "IIIa", "IIIb", "IVa", "IVb", "V")
                                    .contains(o.code()),
                            o.code());
                    continue;
                }
                assertNull(o.code());
                assertNotNull(o.number(), o.instrumentCode());
                BigDecimal v = o.number();
                switch (o.instrumentCode()) {
                    case "act" -> inRange(o, 5, 25, 0);
                    case "acq" -> inRange(o, 0, 6, 2);
                    case "mg-adl" -> inRange(o, 0, 24, 0);
                    case "qmg" -> inRange(o, 0, 39, 0);
                    case "blood-eos", "total-ige" -> inRange(o, 0, 5000, 0);
                    case "feno" -> inRange(o, 0, 300, 0);
                    case "fev1-pct-pred" -> inRange(o, 10, 150, 0);
                    case "weight-kg" -> inRange(o, 2, 300, 1);
                    case "factor-level-pct" -> inRange(o, 0, 200, 1);
                    case "inhibitor-bu", "inhibitor-peak-bu" -> inRange(o, 0, 2000, 1);
                    case "achr-ab", "musk-ab", "lrp4-ab", "aav5-ab" ->
                        assertTrue(v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0, o.toString());
                    case "exacerbations-12m" -> inRange(o, 2, 8, 0);
                    case "ocs-maintenance-mg" -> inRange(o, 1, 60, 0);
                    case "abr" -> inRange(o, 2, 30, 0);
                    case "seizures-per-month" -> inRange(o, 1, 30, 0);
                    case "seizure-free-months" -> inRange(o, 0, 6, 0);
                    default -> fail("Unexpected instrument " + o.instrumentCode());
                }
            }
        }
    }

    @Test
    void usesTheUnitsOfTheRestContract() {
        for (CaseBlueprint c : CASES) {
            for (ObservationBlueprint o : c.observations()) {
                String expected = API_UNITS.get(o.instrumentCode());
                if (expected != null) {
                    assertEquals(expected, o.unit(), o.instrumentCode());
                }
                assertNotNull(o.unit());
            }
        }
    }

    @Test
    void usesOnlyCodesOfTheSeedCatalogueThatFitTheCondition() {
        Vocabulary vocabulary = SyntheticCaseFactory.vocabulary();
        assertEquals(
                Map.of(
                        "severe-asthma",
                        "respiratory",
                        "myasthenia-gravis",
                        "neuromuscular",
                        "haemophilia-a",
                        "haemophilia",
                        "haemophilia-b",
                        "haemophilia",
                        "epilepsy",
                        "epilepsy"),
                vocabulary.teamByCondition());
        vocabulary.instrumentsByCondition().values().forEach(s -> assertTrue(API_INSTRUMENTS.containsAll(s), "" + s));
        vocabulary.therapiesByCondition().values().forEach(s -> assertTrue(API_THERAPIES.containsAll(s), "" + s));
        vocabulary.factorsByCondition().values().forEach(s -> assertTrue(API_FACTORS.containsAll(s), "" + s));
        for (CaseBlueprint c : CASES) {
            String condition = c.conditionCode();
            assertEquals(vocabulary.teamByCondition().get(condition), c.teamCode());
            c.observations()
                    .forEach(o -> assertTrue(
                            vocabulary.instrumentsByCondition().get(condition).contains(o.instrumentCode())));
            c.treatmentLines()
                    .forEach(t -> assertTrue(
                            vocabulary.therapiesByCondition().get(condition).contains(t.therapyCode()),
                            t.therapyCode()));
            c.findings()
                    .forEach(f -> assertTrue(
                            vocabulary.factorsByCondition().get(condition).contains(f.factorCode()), f.factorCode()));
        }
    }

    @Test
    void nothingLiesInTheFutureAndTreatmentLinesFollowEachOther() {
        for (CaseBlueprint c : CASES) {
            assertTrue(!c.createdAt().isAfter(c.statusChangedAt())
                    && !c.statusChangedAt().isAfter(NOW));
            assertTrue(!c.updatedAt().isBefore(c.statusChangedAt())
                    && !c.updatedAt().isAfter(NOW));
            assertTrue(c.createdAt().isAfter(NOW.minusSeconds(731L * 24 * 3600)));
            LocalDate previous = LocalDate.MIN;
            for (ObservationBlueprint o : c.observations()) {
                assertFalse(o.observedOn().isAfter(TODAY));
                assertTrue(
                        o.observedOn().isAfter(TODAY.minusDays(730)),
                        o.observedOn().toString());
                assertTrue(o.observedOn().getYear() >= c.birthYear());
                assertFalse(o.observedOn().isBefore(previous), "observations oldest first");
                assertFalse(o.enteredAt().isAfter(NOW));
                assertFalse(o.enteredAt().isBefore(c.createdAt()));
                previous = o.observedOn();
            }
            List<TreatmentLineBlueprint> lines = c.treatmentLines();
            for (int i = 0; i < lines.size(); i++) {
                TreatmentLineBlueprint line = lines.get(i);
                assertFalse(line.start().isAfter(TODAY));
                assertTrue(line.start().getYear() > c.birthYear());
                if (line.end() != null) {
                    assertFalse(line.end().isBefore(line.start()), line.toString());
                    assertFalse(line.end().isAfter(TODAY));
                }
                if (i < lines.size() - 1) {
                    assertNotNull(line.end(), "only the last line may be ongoing");
                    assertTrue(line.end().isBefore(lines.get(i + 1).start()), lines.toString());
                }
            }
            c.findings().forEach(f -> assertFalse(f.assessedOn().isAfter(TODAY)));
        }
    }

    @Test
    void treatmentLinesAndFindingsAreShapedAsDesigned() {
        Map<String, Integer> responses = new HashMap<>();
        int lines = 0;
        for (CaseBlueprint c : CASES) {
            assertTrue(c.treatmentLines().size() >= 2 && c.treatmentLines().size() <= 4);
            assertTrue(
                    c.findings().size() >= 3 && c.findings().size() <= 6,
                    "" + c.findings().size());
            Set<String> factors = new HashSet<>();
            for (FindingBlueprint f : c.findings()) {
                assertTrue(factors.add(f.factorCode()), "one finding per factor");
                assertTrue(Set.of("SUSPECTED", "CONFIRMED", "EXCLUDED", "ADDRESSED")
                        .contains(f.status()));
                assertFalse(f.evidence().isBlank());
            }
            for (TreatmentLineBlueprint t : c.treatmentLines()) {
                lines++;
                responses.merge(t.response(), 1, Integer::sum);
                assertEquals("high-dose-ics-laba".equals(t.therapyCode()), t.inhalerTechniqueChecked() != null);
                if (Boolean.FALSE.equals(t.adequateTrial())) {
                    assertNotNull(t.adequacyReason());
                }
                assertEquals(t.end() == null, t.reasonStopped() == null);
            }
        }
        int noneOrPartial = responses.getOrDefault("NONE", 0) + responses.getOrDefault("PARTIAL", 0);
        assertTrue(noneOrPartial > lines * 0.6, responses.toString());
        assertTrue(responses.getOrDefault("INTOLERANT", 0) > lines * 0.05, responses.toString());
        assertFalse(responses.containsKey("COMPLETE"));
        double observations =
                CASES.stream().mapToInt(c -> c.observations().size()).average().orElse(0);
        assertTrue(observations >= 8.5 && observations <= 11.5, "observations per case " + observations);
    }

    @Test
    void statusesAreMostlyEarly() {
        Map<String, Long> counts =
                CASES.stream().collect(Collectors.groupingBy(CaseBlueprint::status, Collectors.counting()));
        Map<String, Double> design = Map.of(
                "DRAFT",
                0.30,
                "READY_FOR_REVIEW",
                0.25,
                "IN_REVIEW",
                0.20,
                "RECOMMENDATION_ISSUED",
                0.10,
                "FOLLOW_UP",
                0.10,
                "CLOSED",
                0.05);
        assertEquals(design.keySet(), counts.keySet());
        design.forEach((status, share) -> {
            double actual = counts.get(status) / (double) CASES.size();
            assertTrue(Math.abs(actual - share) < 0.02, status + " " + actual);
        });
    }

    @Test
    void distributionsFollowEachCondition() {
        assertShare("severe-asthma", "act", v -> v >= 8 && v <= 19, 0.85, 1.0);
        assertShare("severe-asthma", "blood-eos", v -> v < 150, 0.15, 0.40);
        assertShare("severe-asthma", "blood-eos", v -> v >= 300, 0.35, 0.65);
        assertShare("severe-asthma", "fev1-pct-pred", v -> v >= 45 && v <= 85, 0.85, 1.0);
        assertShare("myasthenia-gravis", "achr-ab", v -> v == 1, 0.75, 0.85);
        assertShare("myasthenia-gravis", "mg-adl", v -> v >= 4 && v <= 14, 0.85, 1.0);
        assertShare("myasthenia-gravis", "qmg", v -> v >= 8 && v <= 25, 0.85, 1.0);
        assertShare("haemophilia-a", "factor-level-pct", v -> v < 1, 0.65, 0.85);
        assertShare("haemophilia-a", "inhibitor-peak-bu", v -> v >= 5, 0.45, 0.75);
        assertShare("epilepsy", "seizures-per-month", v -> v >= 1 && v <= 30, 1.0, 1.0);

        long muskPositive = CASES.stream()
                .filter(c -> "myasthenia-gravis".equals(c.conditionCode()))
                .filter(c -> c.observations().stream()
                        .anyMatch(o -> "musk-ab".equals(o.instrumentCode())
                                && o.number().intValue() == 1))
                .count();
        long mg = CASES.stream()
                .filter(c -> "myasthenia-gravis".equals(c.conditionCode()))
                .count();
        assertTrue(Math.abs(muskPositive / (double) mg - 0.08) < 0.03, "MuSK share " + muskPositive / (double) mg);
        long haemophiliaWomen = CASES.stream()
                .filter(c -> c.conditionCode().startsWith("haemophilia"))
                .filter(c -> "F".equals(c.sex()))
                .count();
        assertTrue(haemophiliaWomen < 0.05 * CASES.size() * 0.2);
    }

    private static void inRange(ObservationBlueprint o, double min, double max, int decimals) {
        BigDecimal v = o.number();
        assertTrue(v.doubleValue() >= min && v.doubleValue() <= max, o.instrumentCode() + " " + v);
        assertTrue(v.stripTrailingZeros().scale() <= decimals, o.instrumentCode() + " " + v);
    }

    private static void assertShare(
            String condition, String instrument, Predicate<Double> test, double min, double max) {
        List<Double> values = CASES.stream()
                .filter(c -> condition.equals(c.conditionCode()))
                .flatMap(c -> c.observations().stream())
                .filter(o -> instrument.equals(o.instrumentCode()))
                .map(o -> o.number().doubleValue())
                .toList();
        assertFalse(values.isEmpty(), instrument);
        double share = values.stream().filter(test).count() / (double) values.size();
        assertTrue(share >= min && share <= max, condition + " " + instrument + " share " + share);
    }
}
