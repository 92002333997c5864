package org.refract.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.catalog.CatalogAdministrationService;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.catalog.TherapyDetail;

/** {@code /admin/catalogue/therapy.xhtml[?code=…]}: creates or edits a therapy. */
@Named
@ViewScoped
public class TherapyEditBacking extends CatalogEntryEditBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CatalogAdministrationService administration;

    private String therapyClass;
    private String target;
    private String route;
    private boolean inhaled;
    private String source;

    @Override
    protected void load() {
        show(administration.therapy(getCode()));
    }

    @Override
    protected void create() {
        administration.createTherapy(entry());
    }

    @Override
    protected void update() {
        show(administration.updateTherapy(getCode(), getVersion(), entry()));
    }

    @Override
    protected void setActive(boolean active) {
        TherapyDetail t = administration.setTherapyActive(getCode(), active);
        state(t.active(), t.version(), t.references());
    }

    @Override
    protected List<ConditionOption> loadConditionOptions() {
        return administration.conditionOptions();
    }

    @Override
    protected String editPage() {
        return "/admin/catalogue/therapy.xhtml";
    }

    private void show(TherapyDetail t) {
        common(t.name(), t.description(), t.displayOrder(), t.conditions(), t.active(), t.version(), t.references());
        therapyClass = t.therapyClass();
        target = t.target();
        route = t.route();
        inhaled = t.inhaled();
        source = t.source();
    }

    private TherapyDetail entry() {
        return new TherapyDetail(
                getCode(),
                getName(),
                therapyClass,
                target,
                route,
                inhaled,
                getDescription(),
                source,
                getDisplayOrder(),
                getConditions(),
                isActive(),
                getVersion(),
                0);
    }

    public String getTherapyClass() {
        return therapyClass;
    }

    public void setTherapyClass(String therapyClass) {
        this.therapyClass = therapyClass;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route;
    }

    public boolean isInhaled() {
        return inhaled;
    }

    public void setInhaled(boolean inhaled) {
        this.inhaled = inhaled;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
