package org.refract.web.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.catalog.CatalogAdministrationService;
import org.refract.service.catalog.CatalogueRow;
import org.refract.service.catalog.ConditionAdministrationService;
import org.refract.service.catalog.InstrumentAdministrationService;

/** {@code /admin/catalogue/index.xhtml}: conditions, instruments, therapies and resistance factors, active and
 * deactivated. */
@Named
@RequestScoped
public class CatalogueListBacking {

    @EJB
    CatalogAdministrationService administration;

    @EJB
    ConditionAdministrationService conditionAdministration;

    @EJB
    InstrumentAdministrationService instrumentAdministration;

    private List<CatalogueRow> conditions;
    private List<CatalogueRow> instruments;

    private List<CatalogueRow> therapies;
    private List<CatalogueRow> factors;

    public List<CatalogueRow> getConditions() {
        if (conditions == null) {
            conditions = conditionAdministration.conditions();
        }
        return conditions;
    }

    public List<CatalogueRow> getInstruments() {
        if (instruments == null) {
            instruments = instrumentAdministration.instruments();
        }
        return instruments;
    }

    public List<CatalogueRow> getTherapies() {
        if (therapies == null) {
            therapies = administration.therapies();
        }
        return therapies;
    }

    public List<CatalogueRow> getFactors() {
        if (factors == null) {
            factors = administration.factors();
        }
        return factors;
    }
}
