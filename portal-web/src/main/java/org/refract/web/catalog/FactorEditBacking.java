package org.refract.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.refract.domain.catalog.FactorCategory;
import org.refract.service.catalog.CatalogAdministrationService;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.catalog.FactorDetail;

/** {@code /admin/catalogue/factor.xhtml[?code=…]}: creates or edits a resistance factor. */
@Named
@ViewScoped
public class FactorEditBacking extends CatalogEntryEditBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CatalogAdministrationService administration;

    private FactorCategory category;
    private boolean modifiable;
    private String assessment;

    @Override
    protected void load() {
        show(administration.factor(getCode()));
    }

    @Override
    protected void create() {
        administration.createFactor(entry());
    }

    @Override
    protected void update() {
        show(administration.updateFactor(getCode(), getVersion(), entry()));
    }

    @Override
    protected void setActive(boolean active) {
        FactorDetail f = administration.setFactorActive(getCode(), active);
        state(f.active(), f.version(), f.references());
    }

    @Override
    protected List<ConditionOption> loadConditionOptions() {
        return administration.conditionOptions();
    }

    @Override
    protected String editPage() {
        return "/admin/catalogue/factor.xhtml";
    }

    private void show(FactorDetail f) {
        common(f.name(), f.description(), f.displayOrder(), f.conditions(), f.active(), f.version(), f.references());
        category = f.category();
        modifiable = f.modifiable();
        assessment = f.assessment();
    }

    private FactorDetail entry() {
        return new FactorDetail(
                getCode(),
                getName(),
                category,
                modifiable,
                assessment,
                getDescription(),
                getDisplayOrder(),
                getConditions(),
                isActive(),
                getVersion(),
                0);
    }

    public List<FactorCategory> getCategories() {
        return List.of(FactorCategory.values());
    }

    public FactorCategory getCategory() {
        return category;
    }

    public void setCategory(FactorCategory category) {
        this.category = category;
    }

    public boolean isModifiable() {
        return modifiable;
    }

    public void setModifiable(boolean modifiable) {
        this.modifiable = modifiable;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }
}
