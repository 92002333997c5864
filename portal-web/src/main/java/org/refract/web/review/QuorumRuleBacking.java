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
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.QuorumRuleView;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FieldMessages;
import org.refract.web.shared.Messages;

/** {@code /meetings/quorum.xhtml?team=CODE}: the team's quorum rule, edited by its chair or coordinator. */
@Named
@ViewScoped
public class QuorumRuleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingAttendanceService attendance;

    private String team;
    private QuorumRuleView rule;
    private Integer minimumPresent;
    private List<String> disciplines = new ArrayList<>();

    public void open() throws IOException {
        try {
            show(attendance.quorumRule(team == null ? "" : team));
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Team not found.");
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(attendance.changeQuorumRule(
                    rule.teamCode(), minimumPresent == null ? 0 : minimumPresent, disciplines));
            Messages.addGlobalInfo(faces, "quorum.saved", rule.teamName());
        } catch (InvalidInputException e) {
            FieldMessages.show(faces, List.of(new FieldError(e.field(), e.getMessage())));
        } catch (InvalidRequestException e) {
            FieldMessages.show(faces, e.getErrors());
        } catch (AccessDeniedException e) {
            Messages.addGlobalError(faces, "meetings.refused", e.getMessage());
        }
    }

    private void show(QuorumRuleView view) {
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

    public QuorumRuleView getRule() {
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
