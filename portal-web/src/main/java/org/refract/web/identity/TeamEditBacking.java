package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.refract.domain.identity.TeamRole;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.identity.TeamAdministrationService;
import org.refract.service.identity.TeamDetail;
import org.refract.service.identity.TeamMemberRow;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /admin/teams/edit.xhtml?code=…}: a team's name, focus and conditions, and its members with their team
 * roles (add, change role, remove).
 */
@Named
@ViewScoped
public class TeamEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TeamAdministrationService administration;

    @EJB
    transient CatalogService catalog;

    private final TeamFields fields = new TeamFields();
    private String code;
    private TeamDetail team;
    private List<TeamMemberRow> memberOptions;
    private String conflict;
    private String member;
    private TeamRole teamRole = TeamRole.MEMBER;

    public void open() throws IOException {
        if (team != null) {
            return;
        }
        try {
            show(administration.team(code));
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces)
                .conflicts(text -> conflict = text)
                .call(() -> administration.update(
                        code, team.version(), fields.getName(), fields.getConditionFocus(), fields.getConditions()))
                .ifPresent(saved -> {
                    team = saved;
                    conflict = null;
                    Messages.addGlobalInfo(faces, "teams.saved", saved.name());
                });
    }

    public void reload() {
        show(administration.team(code));
    }

    public void enrol() {
        changeMembers(() -> administration.enrol(code, member, teamRole), "teams.enrolled");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            member = null;
            teamRole = TeamRole.MEMBER;
        }
    }

    public void remove(String username) {
        changeMembers(() -> administration.remove(code, username), "teams.removed");
    }

    private void changeMembers(Supplier<TeamDetail> change, String messageKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces).call(change).ifPresent(changed -> {
            // Membership does not touch what the details form edits: keep what is typed there, take the new version.
            team = changed;
            memberOptions = null;
            Messages.addGlobalInfo(faces, messageKey, changed.name());
        });
    }

    private void show(TeamDetail detail) {
        team = detail;
        fields.fill(detail.name(), detail.conditionFocus(), detail.conditionCodes());
        conflict = null;
        memberOptions = null;
    }

    /** Active conditions, plus any inactive one the team still covers (so it stays visible and ticked). */
    public List<ConditionOption> getConditionOptions() {
        List<ConditionOption> options = new ArrayList<>(catalog.conditions());
        for (int i = 0; i < team.conditionCodes().size(); i++) {
            String covered = team.conditionCodes().get(i);
            if (options.stream().noneMatch(o -> o.code().equals(covered))) {
                options.add(new ConditionOption(covered, team.conditionNames().get(i)));
            }
        }
        return options;
    }

    public List<TeamMemberRow> getMemberOptions() {
        if (memberOptions == null) {
            memberOptions = administration.memberOptions(code);
        }
        return memberOptions;
    }

    public List<TeamRole> getTeamRoles() {
        return List.of(TeamRole.values());
    }

    public TeamFields getFields() {
        return fields;
    }

    public TeamDetail getTeam() {
        return team;
    }

    public String getConflict() {
        return conflict;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public void setTeamRole(TeamRole teamRole) {
        this.teamRole = teamRole;
    }
}
