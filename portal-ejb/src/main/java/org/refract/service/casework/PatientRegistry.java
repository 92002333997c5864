package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.refract.domain.casework.Patient;
import org.refract.domain.casework.Sex;
import org.refract.service.shared.FieldErrors;

/**
 * Pseudonymous patients: finds one by pseudonym or registers a new one, assigning a pseudonym when none is given.
 * The portal never stores who the patient is; the mapping to a hospital record stays in the hospital.
 */
@Dependent
public class PatientRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<Patient> find(String pseudonym) {
        return em.createNamedQuery("Patient.byPseudonym", Patient.class)
                .setParameter("pseudonym", pseudonym)
                .getResultStream()
                .findFirst();
    }

    /**
     * The patient of a new case: an existing pseudonym reuses its patient (birth year and sex, when given, must
     * agree with it); otherwise a new patient, with a pseudonym assigned when none was given.
     *
     * @return the patient, or null when problems were recorded in {@code errors}
     */
    Patient resolve(PatientRequest entry, LocalDate today, FieldErrors errors) {
        if (entry == null) {
            errors.add("patient", "The patient is required (birth year and sex; the pseudonym is optional).");
            return null;
        }
        Sex sex = sex(entry.sex(), errors);
        String pseudonym = entry.pseudonym() == null || entry.pseudonym().isBlank()
                ? null
                : entry.pseudonym().strip();
        if (pseudonym != null) {
            Optional<Patient> existing = find(pseudonym);
            if (existing.isPresent()) {
                return checkedExisting(existing.get(), entry, sex, errors);
            }
        }
        if (entry.birthYear() == null) {
            errors.add("patient.birthYear", "The birth year is required for a new patient.");
        }
        if (entry.sex() == null || entry.sex().isBlank()) {
            errors.add("patient.sex", "The sex is required for a new patient (F, M or X).");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String assigned = pseudonym != null ? pseudonym : nextPseudonym();
        Patient patient =
                errors.attempt("patient", () -> new Patient(assigned, entry.birthYear(), sex, clock.instant()));
        if (patient != null && patient.getBirthYear() > today.getYear()) {
            errors.add("patient.birthYear", "The birth year cannot be in the future.");
            return null;
        }
        if (patient != null) {
            em.persist(patient);
        }
        return patient;
    }

    private static Patient checkedExisting(Patient patient, PatientRequest entry, Sex sex, FieldErrors errors) {
        if (entry.birthYear() != null && entry.birthYear() != patient.getBirthYear()) {
            errors.add(
                    "patient.birthYear",
                    "Does not match the patient recorded under " + patient.getPseudonym() + "; check the pseudonym.");
        }
        if (sex != null && sex != patient.getSex()) {
            errors.add(
                    "patient.sex",
                    "Does not match the patient recorded under " + patient.getPseudonym() + "; check the pseudonym.");
        }
        return errors.isEmpty() ? patient : null;
    }

    private static Sex sex(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Sex.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("patient.sex", "Sex must be F, M or X, not '" + value.strip() + "'.");
            return null;
        }
    }

    /** The next free portal pseudonym; numbers already taken (imported or generated patients) are skipped. */
    private String nextPseudonym() {
        while (true) {
            long number = ((Number) em.createNativeQuery(nextNumberSql()).getSingleResult()).longValue();
            String candidate = Patient.pseudonymFor(number);
            if (find(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private String nextNumberSql() {
        return em.unwrap(Session.class)
                .getSessionFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString("patient_number_seq");
    }
}
