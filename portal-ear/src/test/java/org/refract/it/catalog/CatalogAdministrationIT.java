package org.refract.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.refract.domain.catalog.FactorCategory;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.casework.TreatmentLineRequest;
import org.refract.service.catalog.CatalogAdministrationService;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.FactorDetail;
import org.refract.service.catalog.TherapyDetail;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.ServiceException;

/**
 * Catalogue administration against the real server: therapies and resistance factors are created, edited and
 * deactivated (never deleted); a deactivated entry leaves the pickers at once (the catalogue cache is cleared) while
 * the cases that use it keep showing it; bad input is refused field by field; a stale edit names who saved first;
 * changes are audited; clinicians are refused every call and administrators every case.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogAdministrationIT {

    private static final String ADMIN = "admin";
    private static final String CLINICIAN = "resp.pulm";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CatalogAdministrationService administration;

    @EJB
    CatalogService catalog;

    @EJB
    CaseService cases;

    @EJB
    UserAdministrationService users;

    @PersistenceContext
    EntityManager em;

    @Test
    void deactivationTakesEntriesOutOfThePickersButCasesKeepThem() throws Exception {
        String therapyCode = unique("it-therapy-");
        String factorCode = unique("it-factor-");
        therapyCodes(); // the cache is warm before the change
        as.call(ADMIN, () -> administration.createTherapy(therapy(therapyCode, "Probe-mab", List.of("severe-asthma"))));
        as.call(ADMIN, () -> administration.createFactor(factor(factorCode, "Probe factor", List.of("severe-asthma"))));
        assertTrue(therapyCodes().contains(therapyCode), "a new therapy is offered at once");
        assertTrue(factorCodes().contains(factorCode));

        long caseId = as.call(CLINICIAN, () -> cases.create(caseUsing(therapyCode, factorCode)))
                .id();

        as.call(ADMIN, () -> administration.setTherapyActive(therapyCode, false));
        as.call(ADMIN, () -> administration.setFactorActive(factorCode, false));
        assertEquals(
                1, as.call(ADMIN, () -> administration.therapy(therapyCode)).references());
        assertEquals(1, as.call(ADMIN, () -> administration.factor(factorCode)).references());
        assertFalse(therapyCodes().contains(therapyCode), "a deactivated therapy leaves the pickers");
        assertFalse(factorCodes().contains(factorCode));

        CaseDetail detail = as.call(CLINICIAN, () -> cases.get(caseId));
        assertTrue(
                detail.treatmentLines().stream()
                        .anyMatch(l -> l.therapyCode().equals(therapyCode)
                                && l.therapyName().equals("Probe-mab")),
                "the case keeps its treatment line");
        assertTrue(
                detail.findings().stream().anyMatch(f -> f.factorCode().equals(factorCode)),
                "the case keeps its finding");
        assertThrows(
                ServiceException.class,
                () -> as.call(CLINICIAN, () -> cases.create(caseUsing(therapyCode, "inhaler-technique"))),
                "no new treatment line with a deactivated therapy");

        TherapyDetail seen = as.call(ADMIN, () -> administration.therapy(therapyCode));
        as.call(
                ADMIN,
                () -> administration.updateTherapy(
                        therapyCode,
                        seen.version(),
                        therapy(therapyCode, "Probe-mab renamed", List.of("severe-asthma"))));
        assertTrue(
                as.call(CLINICIAN, () -> cases.get(caseId)).treatmentLines().stream()
                        .anyMatch(l -> l.therapyName().equals("Probe-mab renamed")),
                "a rename shows on existing cases");

        as.call(ADMIN, () -> administration.setTherapyActive(therapyCode, true));
        assertTrue(therapyCodes().contains(therapyCode), "reactivated, it is offered again");

        Number audited = (Number) em.createNativeQuery("select count(*) from therapy_aud where code = ?1")
                .setParameter(1, therapyCode)
                .getSingleResult();
        assertEquals(4, audited.intValue(), "created, deactivated, renamed, reactivated");
    }

    @Test
    void badInputIsRefusedFieldByField() throws Exception {
        InvalidRequestException therapy = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> administration.createTherapy(new TherapyDetail(
                                "Bad Code", " ", null, null, "", false, null, null, 10, List.of(), true, 0, 0))));
        assertEquals(Set.of("code", "name", "therapyClass", "route", "conditions"), fields(therapy));
        InvalidRequestException taken = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> administration.createTherapy(therapy("omalizumab", "Again", List.of("severe-asthma")))));
        assertEquals(Set.of("code"), fields(taken));
        InvalidRequestException factor = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> administration.createFactor(new FactorDetail(
                                unique("it-f-"),
                                "Name",
                                null,
                                false,
                                " ",
                                null,
                                1,
                                List.of("no-such-condition"),
                                true,
                                0,
                                0))));
        assertEquals(Set.of("category", "assessment", "conditions"), fields(factor));
    }

    @Test
    void aStaleEditNamesWhoSavedFirstAndTheCodeNeverChanges() throws Exception {
        String code = unique("it-therapy-");
        String otherAdmin = unique("it.admin");
        as.call(
                ADMIN,
                () -> users.create(new NewUser(
                        otherAdmin,
                        "Other Admin",
                        Discipline.INFORMATICIAN,
                        Set.of(Role.ADMIN),
                        "initial-password-123")));
        long seen = as.call(ADMIN, () -> administration.createTherapy(therapy(code, "First name", List.of("epilepsy"))))
                .version();
        as.call(
                otherAdmin,
                () -> administration.updateTherapy(
                        code, seen, therapy("another-code", "Second name", List.of("epilepsy"))));
        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> as.call(
                        ADMIN,
                        () -> administration.updateTherapy(
                                code, seen, therapy(code, "Third name", List.of("epilepsy")))));
        assertEquals(otherAdmin, conflict.getSavedBy());
        TherapyDetail now = as.call(ADMIN, () -> administration.therapy(code));
        assertEquals("Second name", now.name());
        assertEquals(code, now.code(), "the code typed in an edit is ignored");
    }

    @Test
    void cliniciansCannotEditTheCatalogAndAdministratorsCannotReadCases() throws Exception {
        String code = "omalizumab";
        List<Executable> calls = List.of(
                () -> as.call(CLINICIAN, () -> administration.therapies()),
                () -> as.call(CLINICIAN, () -> administration.therapy(code)),
                () -> as.call(
                        CLINICIAN, () -> administration.createTherapy(therapy(unique("x-"), "X", List.of("epilepsy")))),
                () -> as.call(
                        CLINICIAN,
                        () -> administration.updateTherapy(code, 0, therapy(code, "X", List.of("epilepsy")))),
                () -> as.call(CLINICIAN, () -> administration.setTherapyActive(code, false)),
                () -> as.call(CLINICIAN, () -> administration.factors()),
                () -> as.call(CLINICIAN, () -> administration.factor("adherence")),
                () -> as.call(
                        CLINICIAN, () -> administration.createFactor(factor(unique("x-"), "X", List.of("epilepsy")))),
                () -> as.call(
                        CLINICIAN,
                        () -> administration.updateFactor(
                                "adherence", 0, factor("adherence", "X", List.of("epilepsy")))),
                () -> as.call(CLINICIAN, () -> administration.setFactorActive("adherence", false)),
                () -> as.call(CLINICIAN, () -> administration.conditionOptions()));
        for (Executable call : calls) {
            assertThrows(EJBAccessException.class, call);
        }
        long caseId = as.call(CLINICIAN, () -> cases.create(caseUsing("high-dose-ics-laba", "adherence")))
                .id();
        assertThrows(EJBAccessException.class, () -> as.call(ADMIN, () -> cases.get(caseId)));
        assertTrue(as.call(ADMIN, () -> administration.therapy(code)).active(), "nothing was deactivated");
    }

    private Set<String> therapyCodes() {
        return catalog.forCondition("severe-asthma").orElseThrow().therapies().stream()
                .map(t -> t.code())
                .collect(Collectors.toSet());
    }

    private Set<String> factorCodes() {
        return catalog.forCondition("severe-asthma").orElseThrow().factors().stream()
                .map(f -> f.code())
                .collect(Collectors.toSet());
    }

    private static NewCase caseUsing(String therapyCode, String factorCode) {
        LocalDate today = LocalDate.now();
        return new NewCase(
                new PatientRequest(null, 1966, "M"),
                "severe-asthma",
                "respiratory",
                null,
                "Catalogue administration probe",
                List.of(new ObservationRequest(
                        "blood-eos", BigDecimal.valueOf(300), "cells/uL", today.minusDays(5), null)),
                List.of(new TreatmentLineRequest(
                        therapyCode,
                        "standard dose",
                        today.minusDays(200),
                        null,
                        "NONE",
                        null,
                        true,
                        "Dispensing records",
                        null,
                        true,
                        null)),
                List.of(new FindingRequest(factorCode, "EXCLUDED", "Checked", null)));
    }

    private static TherapyDetail therapy(String code, String name, List<String> conditions) {
        return new TherapyDetail(
                code,
                name,
                "Probe antibody",
                "IL-5",
                "subcutaneous",
                false,
                "A test entry",
                "Test label",
                500,
                conditions,
                true,
                0,
                0);
    }

    private static FactorDetail factor(String code, String name, List<String> conditions) {
        return new FactorDetail(
                code, name, FactorCategory.BEHAVIOURAL, true, "Ask at clinic", null, 500, conditions, true, 0, 0);
    }

    private static Set<String> fields(InvalidRequestException e) {
        return e.getErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }
}
