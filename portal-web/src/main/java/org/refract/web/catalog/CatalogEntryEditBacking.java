package org.refract.web.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * What every catalogue editor shares ({@code WEB-INF/includes/catalog/entry-form.xhtml}): code (typed once, then
 * fixed), name, conditions, display order, description, the active state with deactivate/reactivate, the save with
 * field messages, and the conflict naming who saved first. Subclasses add their kind's fields and service calls.
 */
public abstract class CatalogEntryEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private boolean created;
    private String name;
    private String description;
    private int displayOrder = 100;
    private List<String> conditions = new ArrayList<>();
    private long version;
    private boolean active = true;
    private long references;
    private String conflict;
    private List<ConditionOption> conditionOptions;

    /** Loads the entry named by {@code ?code=}, or starts a new one without it. */
    public void open() throws IOException {
        if (created || code == null || code.isBlank()) {
            return;
        }
        try {
            load();
            created = true;
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean isNew = !created;
        if (!FormAction.of(faces).conflicts(text -> conflict = text).run(isNew ? this::create : this::update)) {
            return;
        }
        if (isNew) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.addGlobalInfo(faces, "catalogue.created", name);
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + editPage() + "?code=" + code);
            return;
        }
        Messages.addGlobalInfo(faces, "catalogue.saved", name);
        conflict = null;
    }

    public void reload() {
        load();
        conflict = null;
    }

    public void deactivate() {
        setActive(false);
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "catalogue.deactivated", name);
    }

    public void reactivate() {
        setActive(true);
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "catalogue.reactivated", name);
    }

    /** Reads the entry into the fields (common ones through {@link #common}). */
    protected abstract void load();

    protected abstract void create();

    protected abstract void update();

    /** Deactivates or reactivates, then refreshes the read-only state. */
    protected abstract void setActive(boolean active);

    protected abstract List<ConditionOption> loadConditionOptions();

    /** The edit page's path, e.g. /admin/catalogue/therapy.xhtml. */
    protected abstract String editPage();

    protected void common(
            String name,
            String description,
            int displayOrder,
            List<String> conditions,
            boolean active,
            long version,
            long references) {
        this.name = name;
        this.description = description;
        this.displayOrder = displayOrder;
        this.conditions = new ArrayList<>(conditions);
        state(active, version, references);
    }

    protected void state(boolean active, long version, long references) {
        this.active = active;
        this.version = version;
        this.references = references;
    }

    public List<ConditionOption> getConditionOptions() {
        if (conditionOptions == null) {
            conditionOptions = loadConditionOptions();
        }
        return conditionOptions;
    }

    public boolean isCreated() {
        return created;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        if (!created) {
            this.code = code;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    public List<String> getConditions() {
        return conditions;
    }

    public void setConditions(List<String> conditions) {
        this.conditions = conditions == null ? new ArrayList<>() : new ArrayList<>(conditions);
    }

    public long getVersion() {
        return version;
    }

    public boolean isActive() {
        return active;
    }

    public long getReferences() {
        return references;
    }

    public String getConflict() {
        return conflict;
    }
}
