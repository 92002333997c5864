package org.refract.web.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.catalog.CatalogAdministrationService;
import org.refract.service.catalog.CatalogRow;
import org.refract.service.catalog.ConditionAdministrationService;
import org.refract.service.catalog.InstrumentAdministrationService;

/** {@code /admin/catalogue/index.xhtml}: conditions, instruments, therapies and resistance factors, active and
 * deactivated. */
@Named
@RequestScoped
public class CatalogListBacking {

    @EJB
    CatalogAdministrationService administration;

    @EJB
    ConditionAdministrationService conditionAdministration;

    @EJB
    InstrumentAdministrationService instrumentAdministration;

    private List<CatalogRow> conditions;
    private List<CatalogRow> instruments;

    private List<CatalogRow> therapies;
    private List<CatalogRow> factors;

    public List<CatalogRow> getConditions() {
        if (conditions == null) {
            conditions = conditionAdministration.conditions();
        }
        return conditions;
    }

    public List<CatalogRow> getInstruments() {
        if (instruments == null) {
            instruments = instrumentAdministration.instruments();
        }
        return instruments;
    }

    public List<CatalogRow> getTherapies() {
        if (therapies == null) {
            therapies = administration.therapies();
        }
        return therapies;
    }

    public List<CatalogRow> getFactors() {
        if (factors == null) {
            factors = administration.factors();
        }
        return factors;
    }
}
