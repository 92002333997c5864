package org.refract.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.catalog.ConditionAdministrationService;
import org.refract.service.catalog.ConditionDetail;
import org.refract.service.catalog.ConditionOption;

/** {@code /admin/catalogue/condition.xhtml[?code=…]}: creates or edits a condition (disease area). */
@Named
@ViewScoped
public class ConditionEditBacking extends CatalogEntryEditBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ConditionAdministrationService administration;

    private String snomedCode;
    private String icd10Code;

    @Override
    protected void load() {
        show(administration.condition(getCode()));
    }

    @Override
    protected void create() {
        administration.create(entry());
    }

    @Override
    protected void update() {
        show(administration.update(getCode(), getVersion(), entry()));
    }

    @Override
    protected void setActive(boolean active) {
        ConditionDetail c = administration.setActive(getCode(), active);
        state(c.active(), c.version(), c.references());
    }

    @Override
    protected List<ConditionOption> loadConditionOptions() {
        return List.of();
    }

    @Override
    protected String editPage() {
        return "/admin/catalogue/condition.xhtml";
    }

    private void show(ConditionDetail c) {
        common(c.name(), c.description(), c.displayOrder(), List.of(), c.active(), c.version(), c.references());
        snomedCode = c.snomedCode();
        icd10Code = c.icd10Code();
    }

    private ConditionDetail entry() {
        return new ConditionDetail(
                getCode(),
                getName(),
                snomedCode,
                icd10Code,
                getDescription(),
                getDisplayOrder(),
                isActive(),
                getVersion(),
                0);
    }

    public String getSnomedCode() {
        return snomedCode;
    }

    public void setSnomedCode(String snomedCode) {
        this.snomedCode = snomedCode;
    }

    public String getIcd10Code() {
        return icd10Code;
    }

    public void setIcd10Code(String icd10Code) {
        this.icd10Code = icd10Code;
    }
}
