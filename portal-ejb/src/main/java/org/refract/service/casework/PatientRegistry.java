package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.refract.domain.casework.Patient;
import org.refract.domain.casework.Sex;
import org.refract.domain.identity.Team;
import org.refract.service.shared.FieldErrors;

/**
 * Pseudonymous patients of one team: finds one by pseudonym or registers a new one, assigning a pseudonym when
 * none is given. The portal never stores who the patient is; the mapping to a hospital record stays in the
 * hospital. Every look-up is within the case's team, so another team's patients can be neither linked nor probed
 * (a pseudonym they use is simply a new patient here).
 */
@Dependent
public class PatientRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<Patient> find(Team team, String pseudonym) {
        return em.createNamedQuery("Patient.byTeamAndPseudonym", Patient.class)
                .setParameter("team", team)
                .setParameter("pseudonym", pseudonym)
                .getResultStream()
                .findFirst();
    }

    /**
     * The patient of a new case in the team: a pseudonym the team already uses reuses its patient (birth year and
     * sex, when given, must agree with it); otherwise a new patient of the team, with the team's next pseudonym
     * when none was given.
     *
     * @return the patient, or null when problems were recorded in {@code errors}
     */
    Patient resolve(PatientRequest entry, Team team, LocalDate today, FieldErrors errors) {
        if (entry == null) {
            errors.add("patient", "The patient is required (birth year and sex; the pseudonym is optional).");
            return null;
        }
        Sex sex = sex(entry.sex(), errors);
        String pseudonym = entry.pseudonym() == null || entry.pseudonym().isBlank()
                ? null
                : entry.pseudonym().strip();
        if (pseudonym != null && team != null) {
            Optional<Patient> existing = find(team, pseudonym);
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
        String assigned = pseudonym != null ? pseudonym : nextPseudonym(team);
        Patient patient =
                errors.attempt("patient", () -> new Patient(team, assigned, entry.birthYear(), sex, clock.instant()));
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

    /**
     * The team's next pseudonym: one above the highest number the team uses. The team's row is locked until the
     * transaction ends, so two cases opened at once in a team never get the same number; other teams never wait.
     */
    private String nextPseudonym(Team team) {
        em.lock(team, LockModeType.PESSIMISTIC_WRITE);
        Long highest = em.createNamedQuery("Patient.highestNumberInTeam", Long.class)
                .setParameter("team", team)
                .getSingleResult();
        return Patient.pseudonymFor(highest == null ? 1 : highest + 1);
    }
}
