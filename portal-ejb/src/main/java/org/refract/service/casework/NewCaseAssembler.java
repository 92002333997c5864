package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.Patient;
import org.refract.domain.catalog.Condition;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.UserAccount;
import org.refract.service.identity.TeamFinder;
import org.refract.service.identity.UserFinder;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.FieldErrors;
import org.refract.service.shared.NotFoundException;

/**
 * Turns a {@link NewCase} request into a case, checking everything before anything is stored and reporting every
 * problem under its field path ({@code observations[2].value}). Used by {@link CaseService} only.
 */
@Dependent
public class NewCaseAssembler {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserFinder users;

    @Inject
    TeamFinder teams;

    @Inject
    CatalogLookup catalog;

    @Inject
    PatientRegistry patients;

    @Inject
    ClinicalRecordWriter writer;

    public ClinicalCase assemble(NewCase command, String caller, Instant now, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        UserAccount clinician =
                users.findUser(caller).orElseThrow(() -> new NotFoundException("No account for the current user."));
        Team team = team(command.team(), caller, errors);
        Condition condition = condition(command.condition(), errors);
        Patient patient = patients.resolve(command.patient(), team, today, errors);
        errors.throwIfAny();
        String title = command.title() == null || command.title().isBlank()
                ? condition.getName() + " — " + patient.getPseudonym()
                : command.title();
        ClinicalCase created = errors.attempt(
                null,
                () -> new ClinicalCase(patient, condition, team, clinician, title, command.summary(), caller, now));
        errors.throwIfAny();
        List<ObservationRequest> observations = command.observations();
        for (int i = 0; i < observations.size(); i++) {
            writer.addObservation(created, observations.get(i), "observations[" + i + "]", errors, caller, now, today);
        }
        List<TreatmentLineRequest> lines = command.treatmentLines();
        for (int i = 0; i < lines.size(); i++) {
            writer.addTreatmentLine(created, lines.get(i), "treatmentLines[" + i + "]", errors, caller, now, today);
        }
        List<FindingRequest> findings = command.findings();
        for (int i = 0; i < findings.size(); i++) {
            writer.assessFactor(created, findings.get(i), "resistanceFactors[" + i + "]", errors, caller, now, today);
        }
        errors.throwIfAny();
        return created;
    }

    private Team team(String code, String caller, FieldErrors errors) {
        List<Team> mine = em.createNamedQuery("Team.ofUser", Team.class)
                .setParameter("username", caller)
                .getResultList();
        if (code == null || code.isBlank()) {
            if (mine.size() == 1) {
                return mine.get(0);
            }
            errors.add(
                    "team",
                    mine.isEmpty()
                            ? "You are not a member of any team."
                            : "Name the team: you belong to "
                                    + mine.stream().map(Team::getCode).toList() + ".");
            return null;
        }
        Optional<Team> named =
                mine.stream().filter(t -> t.getCode().equals(code.strip())).findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        boolean exists = teams.findTeam(code).isPresent();
        if (exists) {
            throw new AccessDeniedException("You are not a member of team " + code.strip() + ".");
        }
        errors.add("team", "Unknown team '" + code.strip() + "'.");
        return null;
    }

    private Condition condition(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("condition", "The condition is required.");
            return null;
        }
        Optional<Condition> condition = catalog.condition(code);
        if (condition.isEmpty()) {
            errors.add("condition", "Unknown condition '" + code.strip() + "'.");
        }
        return condition.orElse(null);
    }
}
