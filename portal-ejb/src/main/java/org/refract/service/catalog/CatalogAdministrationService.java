package org.refract.service.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Role;
import org.refract.service.shared.AuditedConflict;
import org.refract.service.shared.FieldErrors;

/**
 * Therapies and resistance factors as administrators maintain them: create, edit, deactivate and reactivate. Codes
 * never change and nothing is ever deleted, because cases and rules refer to entries by code; a deactivated entry
 * leaves the pickers for new data while existing cases keep showing it. Every change is validated field by field,
 * audited (Envers), refused on a stale version with the name of who saved first, and clears the catalogue cache.
 * Administrators only.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class CatalogAdministrationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogFinder finder;

    @EJB
    CatalogService catalog;

    // --- therapies ----------------------------------------------------------------------------------------------

    /** Every therapy, active or not, in catalogue order. */
    public List<CatalogRow> therapies() {
        return em.createQuery("select t from Therapy t order by t.displayOrder, t.name", Therapy.class)
                .getResultStream()
                .map(t -> new CatalogRow(
                        t.getCode(),
                        t.getName(),
                        t.getTherapyClass(),
                        EntryChecks.names(t.getConditions()),
                        t.isActive()))
                .toList();
    }

    public TherapyDetail therapy(String code) {
        return entry(loadTherapy(code));
    }

    public TherapyDetail createTherapy(TherapyDetail request) {
        FieldErrors errors = new FieldErrors();
        EntryChecks.newCode(em, request.code(), "Therapy.byCode", errors);
        Set<Condition> conditions = checkTherapy(request, errors);
        errors.throwIfAny();
        Therapy therapy = new Therapy(
                request.code(),
                request.name().strip(),
                request.therapyClass().strip(),
                request.route().strip(),
                request.inhaled(),
                conditions);
        reviseTherapy(therapy, request, conditions);
        em.persist(therapy);
        return changed(therapy);
    }

    public TherapyDetail updateTherapy(String code, long version, TherapyDetail request) {
        Therapy therapy = loadTherapy(code);
        AuditedConflict.check(em, Therapy.class, therapy.getId(), therapy.getVersion(), version, "therapy");
        FieldErrors errors = new FieldErrors();
        Set<Condition> conditions = checkTherapy(request, errors);
        errors.throwIfAny();
        reviseTherapy(therapy, request, conditions);
        return changed(therapy);
    }

    /** Deactivates (no longer offered for new treatment lines) or reactivates a therapy. */
    public TherapyDetail setTherapyActive(String code, boolean active) {
        Therapy therapy = loadTherapy(code);
        if (active) {
            therapy.activate();
        } else {
            therapy.deactivate();
        }
        return changed(therapy);
    }

    // --- resistance factors -------------------------------------------------------------------------------------

    /** Every resistance factor, active or not, by category and catalogue order. */
    public List<CatalogRow> factors() {
        return em.createQuery(
                        "select f from ResistanceFactor f order by f.category, f.displayOrder, f.name",
                        ResistanceFactor.class)
                .getResultStream()
                .map(f -> new CatalogRow(
                        f.getCode(),
                        f.getName(),
                        f.getCategory().name(),
                        EntryChecks.names(f.getConditions()),
                        f.isActive()))
                .toList();
    }

    public FactorDetail factor(String code) {
        return entry(loadFactor(code));
    }

    public FactorDetail createFactor(FactorDetail request) {
        FieldErrors errors = new FieldErrors();
        EntryChecks.newCode(em, request.code(), "ResistanceFactor.byCode", errors);
        Set<Condition> conditions = checkFactor(request, errors);
        errors.throwIfAny();
        ResistanceFactor factor = new ResistanceFactor(
                request.code(),
                request.name().strip(),
                request.category(),
                request.modifiable(),
                request.assessment().strip(),
                conditions);
        reviseFactor(factor, request, conditions);
        em.persist(factor);
        return changed(factor);
    }

    public FactorDetail updateFactor(String code, long version, FactorDetail request) {
        ResistanceFactor factor = loadFactor(code);
        AuditedConflict.check(
                em, ResistanceFactor.class, factor.getId(), factor.getVersion(), version, "resistance factor");
        FieldErrors errors = new FieldErrors();
        Set<Condition> conditions = checkFactor(request, errors);
        errors.throwIfAny();
        reviseFactor(factor, request, conditions);
        return changed(factor);
    }

    /** Deactivates (no longer offered for new findings) or reactivates a resistance factor. */
    public FactorDetail setFactorActive(String code, boolean active) {
        ResistanceFactor factor = loadFactor(code);
        if (active) {
            factor.activate();
        } else {
            factor.deactivate();
        }
        return changed(factor);
    }

    /** Active conditions for the applies-to choice, plus inactive ones so existing links stay visible. */
    public List<ConditionOption> conditionOptions() {
        return em.createQuery("select c from Condition c order by c.displayOrder, c.name", Condition.class)
                .getResultStream()
                .map(c -> new ConditionOption(c.getCode(), c.getName()))
                .toList();
    }

    // --- shared -------------------------------------------------------------------------------------------------

    private Set<Condition> checkTherapy(TherapyDetail request, FieldErrors errors) {
        EntryChecks.required("name", request.name(), 160, errors);
        EntryChecks.required("therapyClass", request.therapyClass(), 80, errors);
        EntryChecks.required("route", request.route(), 40, errors);
        EntryChecks.optional("target", request.target(), 160, errors);
        EntryChecks.optional("description", request.description(), 2000, errors);
        EntryChecks.optional("source", request.source(), 300, errors);
        return EntryChecks.conditions(em, request.conditions(), errors);
    }

    private Set<Condition> checkFactor(FactorDetail request, FieldErrors errors) {
        EntryChecks.required("name", request.name(), 160, errors);
        if (request.category() == null) {
            errors.add("category", "Choose a category.");
        }
        EntryChecks.required("assessment", request.assessment(), 1000, errors);
        EntryChecks.optional("description", request.description(), 2000, errors);
        return EntryChecks.conditions(em, request.conditions(), errors);
    }

    private static void reviseTherapy(Therapy therapy, TherapyDetail r, Set<Condition> conditions) {
        therapy.revise(
                r.name().strip(),
                r.therapyClass().strip(),
                EntryChecks.blankToNull(r.target()),
                r.route().strip(),
                r.inhaled(),
                EntryChecks.blankToNull(r.description()),
                EntryChecks.blankToNull(r.source()),
                r.displayOrder(),
                conditions);
    }

    private static void reviseFactor(ResistanceFactor factor, FactorDetail r, Set<Condition> conditions) {
        factor.revise(
                r.name().strip(),
                r.category(),
                r.modifiable(),
                r.assessment().strip(),
                EntryChecks.blankToNull(r.description()),
                r.displayOrder(),
                conditions);
    }

    private TherapyDetail changed(Therapy therapy) {
        em.flush();
        catalog.invalidate();
        return entry(therapy);
    }

    private FactorDetail changed(ResistanceFactor factor) {
        em.flush();
        catalog.invalidate();
        return entry(factor);
    }

    private TherapyDetail entry(Therapy t) {
        long references = em.createQuery("select count(l) from TreatmentLine l where l.therapy = :t", Long.class)
                .setParameter("t", t)
                .getSingleResult();
        return new TherapyDetail(
                t.getCode(),
                t.getName(),
                t.getTherapyClass(),
                t.getTarget(),
                t.getRoute(),
                t.isInhaled(),
                t.getDescription(),
                t.getSource(),
                t.getDisplayOrder(),
                EntryChecks.codes(t.getConditions()),
                t.isActive(),
                t.getVersion(),
                references);
    }

    private FactorDetail entry(ResistanceFactor f) {
        long references = em.createQuery("select count(r) from ResistanceFinding r where r.factor = :f", Long.class)
                .setParameter("f", f)
                .getSingleResult();
        return new FactorDetail(
                f.getCode(),
                f.getName(),
                f.getCategory(),
                f.isModifiable(),
                f.getAssessment(),
                f.getDescription(),
                f.getDisplayOrder(),
                EntryChecks.codes(f.getConditions()),
                f.isActive(),
                f.getVersion(),
                references);
    }

    private Therapy loadTherapy(String code) {
        return finder.getTherapy(code);
    }

    private ResistanceFactor loadFactor(String code) {
        return finder.getFactor(code);
    }
}
