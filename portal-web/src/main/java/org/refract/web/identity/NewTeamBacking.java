package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.identity.TeamAdministrationService;
import org.refract.service.identity.TeamDetail;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/** {@code /admin/teams/new.xhtml}: creates a team, then opens it to add members. */
@Named
@ViewScoped
public class NewTeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TeamAdministrationService administration;

    @EJB
    transient CatalogService catalog;

    private final TeamFields fields = new TeamFields();
    private String code;

    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<TeamDetail> created = FormAction.of(faces)
                .call(() -> administration.create(
                        code, fields.getName(), fields.getConditionFocus(), fields.getConditions()));
        if (created.isPresent()) {
            TeamDetail team = created.get();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.addGlobalInfo(faces, "teams.created", team.name());
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/admin/teams/edit.xhtml?code="
                            + team.code());
        }
    }

    public List<ConditionOption> getConditionOptions() {
        return catalog.conditions();
    }

    public TeamFields getFields() {
        return fields;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
