package org.refract.web.analytics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refract.service.analytics.AnalyticsRequest;
import org.refract.service.analytics.CountRow;
import org.refract.service.analytics.TeamAnalyticsDetail;
import org.refract.service.analytics.TeamAnalyticsService;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.identity.CallerService;
import org.refract.service.identity.TeamSummary;
import org.refract.service.shared.InvalidRequestException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /analytics/index.xhtml}: the figures of the caller's teams for the filters of the page's GET form, each as a
 * chart with its numbers in a table beside it, and the link to the same figures as CSV.
 */
@Named
@RequestScoped
public class AnalyticsBacking {

    @Inject
    TeamAnalyticsService analytics;

    @Inject
    CallerService caller;

    @Inject
    CatalogService catalog;

    private String team;
    private String condition;
    private String from;
    private String to;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private TeamAnalyticsDetail figures;

    /** Reads the filters and computes the figures (nothing when a filter is wrong: the message is beside it). */
    public void load() {
        AnalyticsRequest request;
        try {
            request = parameters().toRequest(LocalDate.now());
        } catch (InvalidRequestException e) {
            e.getErrors().forEach(error -> errors.put(error.field(), error.message()));
            return;
        }
        if (from == null || from.isBlank()) {
            from = request.from().toString();
        }
        if (to == null || to.isBlank()) {
            to = request.to().toString();
        }
        figures = FormAction.of(FacesContext.getCurrentInstance())
                .call(() -> analytics.figures(request))
                .orElse(null);
    }

    public List<AnalyticsChart.Bar> getCasesByStatus() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return figures.casesByStatus().stream()
                .map(r -> new AnalyticsChart.Bar(
                        r.conditionName() + " · " + Messages.text(faces, "case.status." + r.status()), r.count()))
                .toList();
    }

    public List<AnalyticsChart.Bar> getRefractory() {
        return labelled(figures.refractoryAtDecision(), "analytics.refractory.");
    }

    public List<AnalyticsChart.Bar> getFactors() {
        return figures.confirmedFactors().stream()
                .map(r -> new AnalyticsChart.Bar(r.label(), r.count()))
                .toList();
    }

    public List<AnalyticsChart.Bar> getSwitches() {
        return labelled(figures.switchOutcomes(), "analytics.switch.");
    }

    /** The Chart.js configuration of a figure's bars. */
    public String chart(String titleKey, List<AnalyticsChart.Bar> bars) {
        return AnalyticsChart.bars(Messages.text(FacesContext.getCurrentInstance(), titleKey), bars);
    }

    /** The share of decisions on refractory cases as a percentage with one decimal, or null. */
    public String getRefractoryShare() {
        Double share = figures.refractoryShare();
        return share == null ? null : String.format(Locale.UK, "%.1f %%", share * 100);
    }

    public String getMeanDays() {
        Double mean = figures.decisionTime().meanDays();
        return mean == null ? null : String.format(Locale.UK, "%.1f", mean);
    }

    private List<AnalyticsChart.Bar> labelled(List<CountRow> rows, String prefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return rows.stream()
                .map(r -> new AnalyticsChart.Bar(Messages.text(faces, prefix + r.code()), r.count()))
                .toList();
    }

    public List<TeamSummary> getTeams() {
        return caller.teams();
    }

    public List<ConditionOption> getConditions() {
        return catalog.conditions();
    }

    /** The query string of the CSV link: the same filters. */
    public String getCsvQuery() {
        return parameters().query();
    }

    private AnalyticsParameters parameters() {
        return new AnalyticsParameters(team, condition, from, to);
    }

    public TeamAnalyticsDetail getFigures() {
        return figures;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
