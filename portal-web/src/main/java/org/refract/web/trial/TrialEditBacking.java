package org.refract.web.trial;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.refract.domain.decision.TrialStatus;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.shared.NotFoundException;
import org.refract.service.trial.TrialAdministrationService;
import org.refract.service.trial.TrialDetail;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /admin/trials/edit.xhtml[?id=NCT…]}: registers a trial or edits its title, status, sites and link; its
 * eligibility is a rule edited in the rule editor. A save on a stale version is refused naming who saved first, and
 * everything typed stays in the form.
 */
@Named
@ViewScoped
public class TrialEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrialAdministrationService administration;

    @Inject
    CatalogService catalog;

    private String id;
    private TrialDetail saved;
    private String registryId;
    private String title;
    private String condition;
    private TrialStatus status = TrialStatus.RECRUITING;
    private String sites;
    private String link;
    private String conflict;

    /** Loads the trial named by {@code ?id=}, or starts a new one without it. */
    public void open() throws IOException {
        if (saved != null || id == null || id.isBlank()) {
            return;
        }
        try {
            show(administration.trial(id));
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        TrialDetail request = new TrialDetail(registryId, title, condition, status, sites, link, null, 0, version());
        FormAction action = FormAction.of(faces).conflicts(text -> conflict = text);
        if (saved != null) {
            action.call(() -> administration.revise(saved.registryId(), saved.version(), request))
                    .ifPresent(revised -> {
                        show(revised);
                        Messages.addGlobalInfo(faces, "trials.saved", revised.registryId());
                    });
            return;
        }
        Optional<TrialDetail> created = action.call(() -> administration.register(request));
        if (created.isPresent()) {
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.addGlobalInfo(faces, "trials.created", created.get().registryId());
            external.redirect(external.getRequestContextPath() + "/admin/trials/edit.xhtml?id="
                    + created.get().registryId());
        }
    }

    /** After a conflict: the other person's version replaces the form. */
    public void reload() {
        show(administration.trial(saved.registryId()));
    }

    private void show(TrialDetail trial) {
        saved = trial;
        id = trial.registryId();
        registryId = trial.registryId();
        title = trial.title();
        condition = trial.condition();
        status = trial.status();
        sites = trial.sites();
        link = trial.link();
        conflict = null;
    }

    private long version() {
        return saved == null ? 0 : saved.version();
    }

    public boolean isCreated() {
        return saved != null;
    }

    public List<ConditionOption> getConditions() {
        return catalog.conditions();
    }

    /** The catalogue name of the trial's condition. */
    public String getConditionName() {
        return catalog.conditionName(condition);
    }

    public TrialStatus[] getStatuses() {
        return TrialStatus.values();
    }

    public TrialDetail getSaved() {
        return saved;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        if (saved == null) {
            this.id = id;
        }
    }

    public String getRegistryId() {
        return registryId;
    }

    public void setRegistryId(String registryId) {
        if (saved == null) {
            this.registryId = registryId;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        if (saved == null) {
            this.condition = condition;
        }
    }

    public TrialStatus getStatus() {
        return status;
    }

    public void setStatus(TrialStatus status) {
        this.status = status;
    }

    public String getSites() {
        return sites;
    }

    public void setSites(String sites) {
        this.sites = sites;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getConflict() {
        return conflict;
    }
}
