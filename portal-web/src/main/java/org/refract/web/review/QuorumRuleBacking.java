package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;
import org.refract.domain.identity.Discipline;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.QuorumRuleDetail;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/** {@code /meetings/quorum.xhtml?team=CODE}: the team's quorum rule, edited by its chair or coordinator. */
@Named
@ViewScoped
public class QuorumRuleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingAttendanceService meetingAttendance;

    private String team;
    private QuorumRuleDetail rule;
    private Integer minimumPresent;
    private List<String> disciplines = new ArrayList<>();

    public void open() throws IOException {
        try {
            show(meetingAttendance.quorumRule(team == null ? "" : team));
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Team not found.");
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        int minimum = minimumPresent == null ? 0 : minimumPresent;
        FormAction.of(faces)
                .problemsAs("meetings.refused")
                .call(() -> meetingAttendance.changeQuorumRule(rule.teamCode(), minimum, disciplines))
                .ifPresent(saved -> {
                    show(saved);
                    Messages.addGlobalInfo(faces, "quorum.saved", rule.teamName());
                });
    }

    private void show(QuorumRuleDetail view) {
        rule = view;
        minimumPresent = view.minimumPresent();
        disciplines = new ArrayList<>(view.requiredDisciplines());
    }

    public List<String> getDisciplineChoices() {
        return Arrays.stream(Discipline.values()).map(Enum::name).toList();
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public QuorumRuleDetail getRule() {
        return rule;
    }

    public Integer getMinimumPresent() {
        return minimumPresent;
    }

    public void setMinimumPresent(Integer minimumPresent) {
        this.minimumPresent = minimumPresent;
    }

    public List<String> getDisciplines() {
        return disciplines;
    }

    public void setDisciplines(List<String> disciplines) {
        this.disciplines = disciplines;
    }
}
