package org.refract.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.refract.domain.casework.Patient;
import org.refract.domain.casework.Sex;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;
import org.refract.service.catalog.CatalogService;
import org.refract.service.identity.TeamSummary;
import org.refract.web.shared.CurrentUser;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /cases/new.xhtml}: opens a case for a pseudonymous patient. The service checks everything; its refusals
 * are shown next to the fields they concern and the form keeps what was typed.
 */
@Named
@ViewScoped
public class NewCaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser currentUser;

    private String pseudonym;
    private Integer birthYear;
    private String sex;
    private String condition;
    private String team;
    private String title;
    private String summary;
    private List<SelectItem> conditions;

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ConditionChoices choices = new ConditionChoices(catalog.conditions(), getTeams());
        conditions = choices.items(
                Messages.text(faces, "newCase.conditions.teams"), Messages.text(faces, "newCase.conditions.others"));
        condition = choices.single();
    }

    /** Opens the case and goes to its page with a confirmation; on refusal stays with every value kept. */
    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        NewCase request = new NewCase(
                new PatientRequest(pseudonym, birthYear, sex),
                condition,
                team,
                title,
                summary,
                List.of(),
                List.of(),
                List.of());
        Optional<CaseDetail> created =
                FormAction.of(faces).problemsAs("newCase.denied").call(() -> cases.create(request));
        if (created.isPresent()) {
            Messages.addGlobalInfo(faces, "newCase.created", created.get().pseudonym());
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath()
                    + CaseLinks.CASE_PAGE
                    + created.get().id());
        }
    }

    public List<SelectItem> getConditions() {
        return conditions;
    }

    public List<TeamSummary> getTeams() {
        return currentUser.getProfile().teams();
    }

    /** The team is asked for only when the caller has a choice. */
    public boolean isTeamChoice() {
        return getTeams().size() > 1;
    }

    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    public int getCurrentYear() {
        return Year.now().getValue();
    }

    public int getEarliestBirthYear() {
        return Patient.EARLIEST_BIRTH_YEAR;
    }

    public String getBirthYearRange() {
        return Messages.text(
                FacesContext.getCurrentInstance(),
                "newCase.birthYear.range",
                String.valueOf(getEarliestBirthYear()),
                String.valueOf(getCurrentYear()));
    }

    public String getBirthYearHelp() {
        return Messages.text(
                FacesContext.getCurrentInstance(),
                "newCase.birthYear.help",
                String.valueOf(getEarliestBirthYear()),
                String.valueOf(getCurrentYear()));
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
