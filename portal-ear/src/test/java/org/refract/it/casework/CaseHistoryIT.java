package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_PHARMACIST;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseHistoryService;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.CaseViewRow;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.FieldChange;
import org.refract.service.casework.HistoryRow;
import org.refract.service.casework.TreatmentLineRequest;
import org.refract.service.casework.TreatmentLineRow;

/** Every accepted change of a case is in its history (Envers), with who made it; opening a case is logged. */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class CaseHistoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    ClinicalRecordService record;

    @EJB
    CaseHistoryService history;

    @PersistenceContext
    EntityManager em;

    @Test
    void creatingACaseAddsTheCaseAndEveryRecordByItsAuthor() throws Exception {
        CaseDetail created = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("New")));
        List<HistoryRow> entries = as.call(RESPIRATORY_CLINICIAN, () -> history.history(created.id()));

        assertEquals(Set.of("ADDED"), entries.stream().map(HistoryRow::action).collect(Collectors.toSet()));
        assertEquals(
                Set.of(RESPIRATORY_CLINICIAN),
                entries.stream().map(HistoryRow::username).collect(Collectors.toSet()),
                "revinfo.username is the caller");
        assertEquals(1, entries.stream().map(HistoryRow::revision).distinct().count(), "one revision");
        assertTrue(entries.stream().anyMatch(e -> e.subject().equals("Case")), entries::toString);
        assertTrue(entries.stream().anyMatch(e -> e.subject().startsWith("Measurement")), entries::toString);
        assertTrue(entries.stream().anyMatch(e -> e.subject().startsWith("Treatment")), entries::toString);
        assertTrue(entries.stream().anyMatch(e -> e.subject().startsWith("Resistance factor")), entries::toString);
        HistoryRow caseAdded = entry(entries, "Case");
        assertTrue(caseAdded.changes().contains(new FieldChange("Summary", null, "New")), caseAdded::toString);

        long revisionsByTheClinician = em.createQuery(
                        "select count(r) from AuditRevision r where r.username = :u and r.rev = :rev", Long.class)
                .setParameter("u", RESPIRATORY_CLINICIAN)
                .setParameter("rev", caseAdded.revision())
                .getSingleResult();
        assertEquals(1, revisionsByTheClinician, "the revision row itself names the caller");
    }

    @Test
    void changesShowWhatTheyChangedFromAndToAndWho() throws Exception {
        CaseDetail created =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Poorly controlled")));
        long id = created.id();
        CaseDetail described = as.call(
                RESPIRATORY_PHARMACIST,
                () -> cases.describe(
                        id, created.version(), created.title(), "Poorly controlled; adherence checked", null));
        long afterObservation = as.call(
                RESPIRATORY_CLINICIAN,
                () -> record.addObservation(id, described.version(), CaseRequests.observation("feno", 52, "ppb", 3)));
        TreatmentLineRow line = created.treatmentLines().get(0);
        TreatmentLineRequest partial = new TreatmentLineRequest(
                line.therapyCode(),
                line.dose(),
                line.start(),
                null,
                "PARTIAL",
                null,
                true,
                "Dispensing records",
                true,
                true,
                null);
        as.call(RESPIRATORY_PHARMACIST, () -> record.updateTreatmentLine(id, afterObservation, line.id(), partial));

        List<HistoryRow> entries = as.call(RESPIRATORY_CLINICIAN, () -> history.history(id));
        HistoryRow newest = entries.get(0);
        assertEquals(RESPIRATORY_PHARMACIST, newest.username(), "newest first");
        assertEquals("CHANGED", newest.action());

        HistoryRow summary = entries.stream()
                .filter(e -> e.subject().equals("Case")
                        && e.action().equals("CHANGED")
                        && e.changes().stream().anyMatch(c -> c.field().equals("Summary")))
                .findFirst()
                .orElseThrow();
        assertEquals(RESPIRATORY_PHARMACIST, summary.username());
        assertTrue(
                summary.changes()
                        .contains(new FieldChange(
                                "Summary", "Poorly controlled", "Poorly controlled; adherence checked")),
                summary::toString);

        HistoryRow measurement = entries.stream()
                .filter(e ->
                        e.subject().startsWith("Measurement FeNO") && e.action().equals("ADDED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(entries));
        assertEquals(RESPIRATORY_CLINICIAN, measurement.username());
        assertTrue(
                measurement.changes().stream()
                        .anyMatch(c -> c.field().equals("Value")
                                && c.before() == null
                                && c.after().startsWith("52")),
                measurement::toString);

        HistoryRow treatment = entries.stream()
                .filter(e -> e.subject().startsWith("Treatment") && e.action().equals("CHANGED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(entries));
        assertEquals(RESPIRATORY_PHARMACIST, treatment.username());
        assertTrue(treatment.changes().contains(new FieldChange("Response", "NONE", "PARTIAL")), treatment::toString);
    }

    @Test
    void openingACaseIsLoggedAndReadingItAgainIsNot() throws Exception {
        CaseDetail created = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Log")));
        long id = created.id();
        assertTrue(as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(id)).isEmpty(), "creating is no view");

        as.call(RESPIRATORY_PHARMACIST, () -> cases.open(id));
        List<CaseViewRow> log = as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(id));
        assertEquals(1, log.size());
        assertEquals(RESPIRATORY_PHARMACIST, log.get(0).username());

        as.call(RESPIRATORY_PHARMACIST, () -> cases.get(id));
        as.call(RESPIRATORY_CLINICIAN, () -> history.history(id));
        assertEquals(
                1, as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(id)).size(), "get is not logged");

        as.call(RESPIRATORY_CLINICIAN, () -> cases.open(id));
        List<CaseViewRow> twice = as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(id));
        assertEquals(
                List.of(RESPIRATORY_CLINICIAN, RESPIRATORY_PHARMACIST),
                twice.stream().map(CaseViewRow::username).toList(),
                "newest first");
    }

    private static HistoryRow entry(List<HistoryRow> entries, String subject) {
        return entries.stream()
                .filter(e -> e.subject().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError(entries));
    }
}
