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
import org.refract.domain.catalog.Severity;
import org.refract.domain.catalog.ValueKind;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionAdministrationService;
import org.refract.service.catalog.ConditionDetail;
import org.refract.service.catalog.InstrumentAdministrationService;
import org.refract.service.catalog.InstrumentDetail;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.ServiceException;

/**
 * Conditions and measurement instruments maintained by an administrator against the real server: created, edited,
 * deactivated (never deleted) and audited, bands and value sets included; an edit can never strand a recorded
 * measurement outside the range or the value set; bad rows are named by position; clinicians are refused.
 */
@ExtendWith(ArquillianExtension.class)
class ConditionAndInstrumentAdministrationIT {

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
    ConditionAdministrationService conditions;

    @EJB
    InstrumentAdministrationService instruments;

    @EJB
    CatalogService catalog;

    @EJB
    CaseService cases;

    @EJB
    UserAdministrationService users;

    @PersistenceContext
    EntityManager em;

    @Test
    void aConditionIsCreatedEditedDeactivatedAndAudited() throws Exception {
        String code = unique("it-condition-");
        catalog.conditions(); // warm cache
        ConditionDetail created = as.call(
                ADMIN,
                () -> conditions.create(new ConditionDetail(
                        code, "Refractory probe", "195967001", "J45.5", "A test condition", 900, true, 0, 0)));
        assertTrue(activeConditionCodes().contains(code), "a new condition is offered at once");
        ConditionDetail renamed = as.call(
                ADMIN,
                () -> conditions.update(
                        code,
                        created.version(),
                        new ConditionDetail(
                                "ignored", "Refractory probe renamed", null, "J45", null, 901, true, 0, 0)));
        assertEquals(code, renamed.code());
        assertEquals("Refractory probe renamed", renamed.name());
        as.call(ADMIN, () -> conditions.setActive(code, false));
        assertFalse(activeConditionCodes().contains(code), "deactivated, it is no longer offered");
        assertTrue(
                as.call(ADMIN, () -> conditions.conditions()).stream()
                        .anyMatch(r -> r.code().equals(code) && !r.active()),
                "but it is still listed for the administrator");
        Number audited = (Number) em.createNativeQuery("select count(*) from clinical_condition_aud where code = ?1")
                .setParameter(1, code)
                .getSingleResult();
        assertEquals(3, audited.intValue(), "created, edited, deactivated");

        InvalidRequestException bad = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> conditions.create(
                                new ConditionDetail("Bad code", " ", "12ab", "asthma", null, -1, true, 0, 0))));
        assertEquals(Set.of("code", "name", "snomedCode", "icd10Code", "displayOrder"), fields(bad));
    }

    @Test
    void aNumericInstrumentKeepsEveryRecordedValueInsideItsRange() throws Exception {
        String code = unique("it-score-");
        InstrumentDetail created = as.call(
                ADMIN,
                () -> instruments.create(numeric(
                        code,
                        "0",
                        "50",
                        List.of(
                                band(null, "20", "Poor", Severity.DANGER),
                                band("20", null, "Good", Severity.NORMAL)))));
        assertEquals(2, created.bands().size());
        assertTrue(
                catalog.forCondition("severe-asthma").orElseThrow().instruments().stream()
                        .anyMatch(i -> i.code().equals(code)),
                "offered for the condition at once");

        long caseId = as.call(CLINICIAN, () -> cases.create(caseMeasuring(code, BigDecimal.valueOf(42))))
                .id();
        assertEquals(1, as.call(ADMIN, () -> instruments.instrument(code)).references());

        InvalidRequestException narrowed = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN, () -> instruments.update(code, created.version(), numeric(code, "0", "40", List.of()))));
        assertEquals(Set.of("maxValue"), fields(narrowed));
        assertTrue(
                narrowed.getErrors().get(0).message().contains("42"),
                narrowed.getErrors().get(0).message());

        InvalidRequestException badBands = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> instruments.update(
                                code,
                                created.version(),
                                numeric(
                                        code,
                                        "0",
                                        "50",
                                        List.of(
                                                band("10", "5", "Backwards", Severity.INFO),
                                                band("60", null, " ", null))))));
        assertEquals(
                Set.of("bands[0].upper", "bands[1].lower", "bands[1].label", "bands[1].severity"), fields(badBands));

        InstrumentDetail widened = as.call(
                ADMIN,
                () -> instruments.update(
                        code,
                        created.version(),
                        numeric(
                                code,
                                "0",
                                "60",
                                List.of(
                                        band(null, "25", "Poor", Severity.DANGER),
                                        band("25", null, "Good", Severity.NORMAL),
                                        band("55", null, "Excellent", Severity.INFO)))));
        assertEquals(0, new BigDecimal("60").compareTo(widened.maxValue()));
        assertEquals(
                List.of("Poor", "Good", "Excellent"),
                widened.bands().stream().map(InstrumentDetail.Band::label).toList());
        assertEquals(
                1,
                as.call(CLINICIAN, () -> cases.get(caseId)).observations().size(),
                "the recorded measurement is untouched");

        Number bandRevisions = (Number) em.createNativeQuery("select count(distinct rev) from interpretation_band_aud "
                        + "where instrument_id = (select id from instrument where code = ?1)")
                .setParameter(1, code)
                .getSingleResult();
        assertEquals(2, bandRevisions.intValue(), "bands are audited with their instrument");

        as.call(ADMIN, () -> instruments.setActive(code, false));
        assertFalse(
                catalog.forCondition("severe-asthma").orElseThrow().instruments().stream()
                        .anyMatch(i -> i.code().equals(code)),
                "a deactivated instrument leaves the pickers");
        assertThrows(
                ServiceException.class,
                () -> as.call(CLINICIAN, () -> cases.create(caseMeasuring(code, BigDecimal.TEN))),
                "no new measurement with it");
    }

    @Test
    void aValueSetKeepsTheCodesThatMeasurementsUse() throws Exception {
        String code = unique("it-class-");
        InstrumentDetail created = as.call(
                ADMIN,
                () -> instruments.create(
                        coded(code, ValueKind.VALUE_SET, List.of(value("A", "Mild"), value("B", "Severe")))));
        as.call(CLINICIAN, () -> cases.create(caseMeasuring(code, "B")));

        InvalidRequestException removed = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> instruments.update(
                                code,
                                created.version(),
                                coded(code, ValueKind.VALUE_SET, List.of(value("A", "Mild"))))));
        assertEquals(Set.of("values"), fields(removed));

        InvalidRequestException duplicate = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> instruments.update(
                                code,
                                created.version(),
                                coded(
                                        code,
                                        ValueKind.VALUE_SET,
                                        List.of(value("A", "Mild"), value("A", "Again"), value("B", "Severe"))))));
        assertEquals(Set.of("values[1].code"), fields(duplicate));

        InstrumentDetail relabelled = as.call(
                ADMIN,
                () -> instruments.update(
                        code,
                        created.version(),
                        coded(
                                code,
                                ValueKind.VALUE_SET,
                                List.of(
                                        value("A", "Mild"),
                                        value("B", "Severe, uncontrolled"),
                                        value("C", "Life-threatening")))));
        assertEquals(
                List.of("A", "B", "C"),
                relabelled.values().stream().map(InstrumentDetail.Value::code).toList());

        InvalidRequestException test = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> instruments.create(coded(
                                unique("it-test-"),
                                ValueKind.BINARY,
                                List.of(value("neg", "Negative"), value("pos", "Positive"))))));
        assertTrue(fields(test).contains("values"), fields(test).toString());
    }

    @Test
    void aStaleEditNamesWhoSavedFirstAndCliniciansAreRefused() throws Exception {
        String code = unique("it-score-");
        String otherAdmin = unique("it.admin");
        as.call(
                ADMIN,
                () -> users.create(new NewUser(
                        otherAdmin,
                        "Other Admin",
                        Discipline.INFORMATICIAN,
                        Set.of(Role.ADMIN),
                        "initial-password-123")));
        long seen = as.call(ADMIN, () -> instruments.create(numeric(code, "0", "10", List.of())))
                .version();
        as.call(otherAdmin, () -> instruments.update(code, seen, numeric(code, "0", "12", List.of())));
        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> as.call(ADMIN, () -> instruments.update(code, seen, numeric(code, "0", "14", List.of()))));
        assertEquals(otherAdmin, conflict.getSavedBy());

        List<Executable> calls = List.of(
                () -> as.call(CLINICIAN, () -> conditions.conditions()),
                () -> as.call(CLINICIAN, () -> conditions.condition("severe-asthma")),
                () -> as.call(CLINICIAN, () -> conditions.setActive("severe-asthma", false)),
                () -> as.call(CLINICIAN, () -> instruments.instruments()),
                () -> as.call(CLINICIAN, () -> instruments.instrument("act")),
                () -> as.call(CLINICIAN, () -> instruments.create(numeric(unique("x-"), "0", "1", List.of()))),
                () -> as.call(CLINICIAN, () -> instruments.setActive("act", false)));
        for (Executable call : calls) {
            assertThrows(EJBAccessException.class, call);
        }
        assertTrue(as.call(ADMIN, () -> conditions.condition("severe-asthma")).active(), "nothing was deactivated");
    }

    private Set<String> activeConditionCodes() {
        return catalog.conditions().stream().map(c -> c.code()).collect(Collectors.toSet());
    }

    private static InstrumentDetail numeric(String code, String min, String max, List<InstrumentDetail.Band> bands) {
        return new InstrumentDetail(
                code,
                "Probe score",
                "PS",
                "points",
                ValueKind.NUMBER,
                new BigDecimal(min),
                new BigDecimal(max),
                0,
                Boolean.TRUE,
                null,
                null,
                "A test instrument",
                "Test source",
                900,
                List.of("severe-asthma"),
                List.of(),
                bands,
                true,
                0,
                0);
    }

    private static InstrumentDetail coded(String code, ValueKind kind, List<InstrumentDetail.Value> values) {
        return new InstrumentDetail(
                code,
                "Probe class",
                "PC",
                "class",
                kind,
                null,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                900,
                List.of("severe-asthma"),
                values,
                List.of(),
                true,
                0,
                0);
    }

    private static InstrumentDetail.Band band(String lower, String upper, String label, Severity severity) {
        return new InstrumentDetail.Band(
                lower == null ? null : new BigDecimal(lower),
                true,
                upper == null ? null : new BigDecimal(upper),
                false,
                label,
                severity,
                null);
    }

    private static InstrumentDetail.Value value(String code, String label) {
        return new InstrumentDetail.Value(code, label, Severity.NORMAL);
    }

    private static NewCase caseMeasuring(String instrumentCode, Object value) {
        return new NewCase(
                new PatientRequest(null, 1970, "F"),
                "severe-asthma",
                "respiratory",
                null,
                "Instrument administration probe",
                List.of(new ObservationRequest(
                        instrumentCode, value, null, LocalDate.now().minusDays(3), null)),
                List.of(),
                List.of());
    }

    private static Set<String> fields(InvalidRequestException e) {
        return e.getErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }
}
