package org.refract.domain.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.Criterion;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.decision.RuleSpec;
import org.refract.domain.decision.TrialStatus;
import org.refract.domain.decision.Vignette;
import org.refract.domain.shared.InvalidInputException;

/** Trials in an assessment: only open trials of the case's condition, those the case may fit first. */
class TrialMatchingTest {

    private static final String MG = "myasthenia-gravis";

    private static RuleSpec trialRule(String registryId, String condition, Criterion criteria) {
        return new RuleSpec(
                "trial:" + registryId,
                RuleKind.TRIAL,
                condition,
                null,
                "Trial eligibility " + registryId,
                "ClinicalTrials.gov " + registryId,
                null,
                3,
                LocalDate.of(2026, 12, 2),
                criteria,
                null,
                null,
                null);
    }

    private static RuleBook.TrialRef ref(String registryId, String condition, TrialStatus status) {
        return new RuleBook.TrialRef(
                registryId,
                "Trial " + registryId,
                condition,
                status,
                "https://example.org/" + registryId,
                "trial:" + registryId);
    }

    @Test
    void openTrialsOfTheConditionAreListedThoseTheCaseMayFitFirst() {
        Criterion adult = new Criterion.Age(null, 18, null);
        Criterion achr = new Criterion.TestResult(null, "achr-ab", true);
        Criterion young = new Criterion.Age(null, 18, 30);
        RuleBook book = new RuleBook(
                List.of(
                        trialRule("NCT00000001", MG, young),
                        trialRule("NCT00000002", MG, achr),
                        trialRule("NCT00000003", MG, adult),
                        trialRule("NCT00000004", MG, adult),
                        trialRule("NCT00000005", "sle", adult)),
                List.of(
                        ref("NCT00000001", MG, TrialStatus.RECRUITING),
                        ref("NCT00000002", MG, TrialStatus.NOT_YET_RECRUITING),
                        ref("NCT00000003", MG, TrialStatus.ENROLLING_BY_INVITATION),
                        ref("NCT00000004", MG, TrialStatus.COMPLETED),
                        ref("NCT00000005", "sle", TrialStatus.RECRUITING)));
        Vignette noSerology = Vignette.of("mg", MG, "Born 1970, antibodies not tested")
                .born(1970)
                .build();

        Assessment assessment = book.assess(noSerology.facts(), MG, List.of());

        assertEquals(
                List.of("NCT00000003", "NCT00000002", "NCT00000001"),
                assessment.trials().stream()
                        .map(Assessment.TrialMatch::registryId)
                        .toList(),
                "may fit, then missing data, then does not fit; closed and other conditions' trials left out");
        assertEquals(
                List.of("ELIGIBLE", "INSUFFICIENT_DATA", "NOT_ELIGIBLE"),
                assessment.trials().stream().map(Assessment.TrialMatch::result).toList());
        assertTrue(assessment.ruleVersions().contains("trial:NCT00000003 v3"), "cited like every rule");
    }

    @Test
    void aTrialWithoutItsRuleInTheBookIsLeftOut() {
        RuleBook book = new RuleBook(List.of(), List.of(ref("NCT00000009", MG, TrialStatus.RECRUITING)));
        assertTrue(book.assess(Vignette.of("x", MG, "x").build().facts(), MG, List.of())
                .trials()
                .isEmpty());
    }

    @Test
    void registryIdentifiersAreCheckedAgainstTheRegistriesFormats() {
        assertEquals("NCT05828225", RegistryId.of(" nct 05828225 ").value());
        assertEquals("ISRCTN12345678", RegistryId.of("ISRCTN12345678").value());
        assertEquals("2020-001021-31", RegistryId.of("2020-001021-31").value());
        assertEquals("2023-506899-27-00", RegistryId.of("2023-506899-27-00").value());
        assertEquals(
                "https://clinicaltrials.gov/study/NCT05828225",
                RegistryId.of("NCT05828225").registryLink());
        for (String wrong : new String[] {"NCT123", "NCT058282251", "12345678", "2020-1021-31", "", null}) {
            assertEquals(
                    "registryId",
                    assertThrows(InvalidInputException.class, () -> RegistryId.of(wrong))
                            .field(),
                    String.valueOf(wrong));
        }
    }

    @Test
    void aTrialsLinkIsAWebAddressAndDefaultsToTheRegistryPage() {
        RegistryId id = RegistryId.of("NCT05828225");
        assertEquals("https://clinicaltrials.gov/study/NCT05828225", ClinicalTrial.checkLink(" ", id));
        assertEquals("https://sponsor.example/trial", ClinicalTrial.checkLink("https://sponsor.example/trial", id));
        for (String wrong : new String[] {"javascript:alert(1)", "ftp://example.org/x", "not a link", "https://"}) {
            assertEquals(
                    "link",
                    assertThrows(InvalidInputException.class, () -> ClinicalTrial.checkLink(wrong, id))
                            .field(),
                    wrong);
        }
    }
}
