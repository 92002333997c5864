package org.refract.service.trial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.refract.domain.decision.CriteriaJson;
import org.refract.domain.decision.Criterion;
import org.refract.domain.decision.DecisionRule;
import org.refract.domain.decision.RuleDraft;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.identity.Role;
import org.refract.domain.trial.ClinicalTrial;
import org.refract.domain.trial.RegistryId;
import org.refract.service.catalog.CatalogService;
import org.refract.service.decision.DecisionRules;
import org.refract.service.shared.AuditedConflict;
import org.refract.service.shared.FieldErrors;
import org.refract.service.shared.NotFoundException;

/**
 * The clinical trials administrators keep: list, open, register and revise. Registering a trial creates its
 * eligibility rule (kind TRIAL, version 1: adults only) which the rule editor then versions like every rule; the
 * identifier and the condition never change. Every change is validated field by field, audited (Envers), refused on
 * a stale version naming who saved first, and reaches the next assessment. Administrators only.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TrialAdministrationService {

    /** The eligibility a newly registered trial starts from, until its criteria are entered. */
    static final Criterion FIRST_CRITERIA = new Criterion.Age("Aged 18 or over", 18, null);

    @PersistenceContext
    EntityManager em;

    @EJB
    DecisionRules rules;

    @EJB
    CatalogService catalog;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    /** Every trial, by condition and registry identifier. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<TrialDetail> trials() {
        return em.createNamedQuery("ClinicalTrial.all", ClinicalTrial.class)
                .getResultStream()
                .map(TrialDetail::of)
                .toList();
    }

    /** @throws NotFoundException when no trial has this identifier */
    @RolesAllowed(Role.ADMIN_NAME)
    public TrialDetail trial(String registryId) {
        return TrialDetail.of(load(registryId));
    }

    /**
     * Registers a trial with its first eligibility rule.
     *
     * @throws org.refract.service.shared.InvalidRequestException naming every field at fault
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public TrialDetail register(TrialDetail request) {
        FieldErrors errors = new FieldErrors();
        RegistryId registryId = errors.attempt("", () -> RegistryId.of(request.registryId()));
        if (registryId != null && findTrial(registryId.value()).isPresent()) {
            errors.add("registryId", "Trial " + registryId + " is already in the list.");
        }
        String condition = request.condition();
        if (condition == null || catalog.forCondition(condition).isEmpty()) {
            errors.add("condition", "Choose the condition the trial is for.");
        }
        checkDetails(request, registryId, errors);
        errors.throwIfAny();
        String by = security.getCallerPrincipal().getName();
        String title = ClinicalTrial.checkTitle(request.title());
        DecisionRule eligibility = DecisionRule.create(
                "trial:" + registryId.value(),
                RuleKind.TRIAL,
                condition,
                null,
                new RuleDraft(
                        ruleName(title),
                        "Registry record " + registryId.value(),
                        null,
                        LocalDate.now(clock),
                        CriteriaJson.write(FIRST_CRITERIA),
                        null,
                        null,
                        null,
                        "Registered with the trial; eligibility still to be entered"),
                by,
                clock.instant());
        em.persist(eligibility); // its first version cascades
        ClinicalTrial trial = new ClinicalTrial(
                registryId, condition, title, request.status(), request.sites(), request.link(), eligibility);
        em.persist(trial);
        em.flush();
        rules.invalidate();
        return TrialDetail.of(trial);
    }

    /**
     * Saves the title, status, sites and link.
     *
     * @param version the version the administrator edited; someone else's save in between is refused by name
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public TrialDetail revise(String registryId, long version, TrialDetail request) {
        ClinicalTrial trial = load(registryId);
        AuditedConflict.check(em, ClinicalTrial.class, trial.getId(), trial.getVersion(), version, "trial");
        FieldErrors errors = new FieldErrors();
        checkDetails(request, RegistryId.of(trial.getRegistryId()), errors);
        errors.throwIfAny();
        trial.revise(request.title(), request.status(), request.sites(), request.link());
        em.flush();
        rules.invalidate();
        return TrialDetail.of(trial);
    }

    private static void checkDetails(TrialDetail request, RegistryId registryId, FieldErrors errors) {
        errors.attempt("", () -> ClinicalTrial.checkTitle(request.title()));
        errors.attempt("", () -> ClinicalTrial.checkStatus(request.status()));
        errors.attempt("", () -> ClinicalTrial.checkSites(request.sites()));
        if (registryId != null) {
            errors.attempt("", () -> ClinicalTrial.checkLink(request.link(), registryId));
        }
    }

    private static String ruleName(String title) {
        String name = "Trial eligibility: " + title;
        return name.length() > 200 ? name.substring(0, 197) + "..." : name;
    }

    private Optional<ClinicalTrial> findTrial(String registryId) {
        return em.createNamedQuery("ClinicalTrial.byRegistryId", ClinicalTrial.class)
                .setParameter("registryId", registryId)
                .getResultStream()
                .findFirst();
    }

    private ClinicalTrial load(String registryId) {
        return findTrial(registryId)
                .orElseThrow(() -> new NotFoundException("Trial " + registryId + " was not found."));
    }
}
