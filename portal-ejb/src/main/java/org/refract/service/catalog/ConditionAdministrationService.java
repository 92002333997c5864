package org.refract.service.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.refract.domain.catalog.Condition;
import org.refract.domain.identity.Role;
import org.refract.service.shared.AuditedConflict;
import org.refract.service.shared.FieldErrors;

/**
 * Conditions (disease areas) as administrators maintain them: create, edit, deactivate, reactivate. The code never
 * changes and nothing is deleted: cases, rules, teams and the rest of the catalogue refer to a condition by code. A
 * deactivated condition is no longer offered for new cases. Validated field by field, audited (Envers), refused on a
 * stale version naming who saved first. Administrators only; they see how many cases refer to a condition, never
 * the cases.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ConditionAdministrationService {

    private static final String SNOMED = "[0-9]{6,18}";
    private static final String ICD10 = "[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogFinder finder;

    @EJB
    CatalogService catalog;

    /** Every condition, active or not, in catalogue order. */
    public List<CatalogRow> conditions() {
        return em.createQuery("select c from Condition c order by c.displayOrder, c.name", Condition.class)
                .getResultStream()
                .map(c -> new CatalogRow(c.getCode(), c.getName(), codesText(c), List.of(), c.isActive()))
                .toList();
    }

    public ConditionDetail condition(String code) {
        return entry(load(code));
    }

    public ConditionDetail create(ConditionDetail request) {
        FieldErrors errors = new FieldErrors();
        EntryChecks.newCode(em, request.code(), "Condition.byCode", errors);
        check(request, errors);
        errors.throwIfAny();
        Condition condition = new Condition(request.code(), request.name().strip(), request.displayOrder());
        revise(condition, request);
        em.persist(condition);
        return changed(condition);
    }

    public ConditionDetail update(String code, long version, ConditionDetail request) {
        Condition condition = load(code);
        AuditedConflict.check(em, Condition.class, condition.getId(), condition.getVersion(), version, "condition");
        FieldErrors errors = new FieldErrors();
        check(request, errors);
        errors.throwIfAny();
        revise(condition, request);
        return changed(condition);
    }

    /** Deactivates (no new cases) or reactivates a condition; its cases are untouched. */
    public ConditionDetail setActive(String code, boolean active) {
        Condition condition = load(code);
        if (active) {
            condition.activate();
        } else {
            condition.deactivate();
        }
        return changed(condition);
    }

    private static void check(ConditionDetail request, FieldErrors errors) {
        EntryChecks.required("name", request.name(), 160, errors);
        String snomed = EntryChecks.blankToNull(request.snomedCode());
        if (snomed != null && !snomed.matches(SNOMED)) {
            errors.add("snomedCode", "A SNOMED CT concept id is 6 to 18 digits.");
        }
        String icd10 = EntryChecks.blankToNull(request.icd10Code());
        if (icd10 != null && !icd10.matches(ICD10)) {
            errors.add("icd10Code", "An ICD-10 code looks like J45 or J45.9 (capital letter, two digits).");
        }
        EntryChecks.optional("description", request.description(), 2000, errors);
        if (request.displayOrder() < 0) {
            errors.add("displayOrder", "Use 0 or more.");
        }
    }

    private static void revise(Condition condition, ConditionDetail r) {
        condition.revise(
                r.name().strip(),
                EntryChecks.blankToNull(r.snomedCode()),
                EntryChecks.blankToNull(r.icd10Code()),
                EntryChecks.blankToNull(r.description()),
                r.displayOrder());
    }

    private ConditionDetail changed(Condition condition) {
        em.flush();
        catalog.invalidate();
        return entry(condition);
    }

    private ConditionDetail entry(Condition c) {
        long cases = em.createQuery("select count(k) from ClinicalCase k where k.condition = :c", Long.class)
                .setParameter("c", c)
                .getSingleResult();
        return new ConditionDetail(
                c.getCode(),
                c.getName(),
                c.getSnomedCode(),
                c.getIcd10Code(),
                c.getDescription(),
                c.getDisplayOrder(),
                c.isActive(),
                c.getVersion(),
                cases);
    }

    private Condition load(String code) {
        return finder.getCondition(code);
    }

    private static String codesText(Condition c) {
        String icd = c.getIcd10Code() == null ? "" : "ICD-10 " + c.getIcd10Code();
        String snomed = c.getSnomedCode() == null ? "" : "SNOMED CT " + c.getSnomedCode();
        return (icd + (icd.isEmpty() || snomed.isEmpty() ? "" : " · ") + snomed);
    }
}
