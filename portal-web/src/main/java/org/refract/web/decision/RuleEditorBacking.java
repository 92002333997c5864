package org.refract.web.decision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.refract.domain.decision.Aggregate;
import org.refract.domain.decision.AlertSeverity;
import org.refract.domain.decision.Comparison;
import org.refract.domain.decision.CriteriaJson;
import org.refract.domain.decision.RuleDraft;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.decision.RuleAdministrationService;
import org.refract.service.decision.RuleDetail;
import org.refract.service.decision.RulePreview;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FieldMessages;
import org.refract.web.shared.Messages;

/**
 * {@code /admin/rules/edit.xhtml?code=…}: edit a rule's wording, source and criteria, preview the result on a
 * written vignette, and save it as the next version. Structural changes (adding or removing criteria) go through
 * the criteria as JSON, which the same checks guard. Nothing typed is lost when a save is refused.
 */
@Named
@ViewScoped
public class RuleEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A vignette as the preview picker offers it. */
    public record VignetteOption(String key, String title) implements Serializable {}

    @Inject
    RuleAdministrationService administration;

    private String code;
    private RuleDetail detail;
    private List<CriterionNode> nodes;
    private List<VignetteOption> vignettes;
    private String name;
    private String source;
    private String articleSlug;
    private LocalDate effectiveFrom;
    private Integer reviewAfterWeeks;
    private AlertSeverity severity;
    private String alertText;
    private String changeNote;
    private boolean investigational;
    private String json;
    private String vignetteKey;
    private RulePreview preview;
    private String conflict;

    public void open() throws IOException {
        if (detail != null) {
            return;
        }
        try {
            detail = administration.rule(code);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        vignettes = administration.vignettesFor(code).stream()
                .map(v -> new VignetteOption(v.key(), v.title()))
                .toList();
        vignetteKey = vignettes.isEmpty() ? null : vignettes.get(0).key();
        startFrom(detail);
    }

    private void startFrom(RuleDetail rule) {
        RuleDraft current = rule.current();
        name = current.name();
        source = current.source();
        articleSlug = current.articleSlug();
        effectiveFrom = LocalDate.now();
        reviewAfterWeeks = current.reviewAfterWeeks();
        severity = current.severity();
        alertText = current.alertText();
        investigational = current.investigational();
        changeNote = null;
        json = current.criteria();
        nodes = CriterionNode.flatten(CriteriaJson.read(current.criteria()));
        conflict = null;
    }

    /** Evaluates the draft on the chosen vignette; saves nothing. */
    public void preview() {
        try {
            preview = administration.preview(code, draft(), vignetteKey);
        } catch (InvalidInputException e) {
            preview = null;
            showFieldError(e);
        }
    }

    /** Replaces the structured criteria by the JSON typed in the advanced field. */
    public void applyJson() {
        try {
            nodes = CriterionNode.flatten(CriteriaJson.read(json));
            preview = null;
        } catch (InvalidInputException e) {
            showFieldError(new InvalidInputException("json", e.getMessage()));
        }
    }

    public void save() {
        try {
            detail = administration.revise(code, detail.currentVersion(), draft());
            Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "rules.saved", detail.currentVersion());
            startFrom(detail);
            preview = null;
        } catch (ConflictException e) {
            conflict = e.getMessage();
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidInputException e) {
            showFieldError(e);
        }
    }

    /** After a conflict: load the other person's version; the form starts again from it. */
    public void reload() {
        detail = administration.rule(code);
        startFrom(detail);
        preview = null;
    }

    private RuleDraft draft() {
        String criteria = CriteriaJson.write(CriterionNode.toCriteria(nodes));
        return new RuleDraft(
                name,
                source,
                articleSlug,
                effectiveFrom,
                criteria,
                reviewAfterWeeks,
                severity,
                alertText,
                changeNote,
                investigational);
    }

    private static void showFieldError(InvalidInputException e) {
        FieldMessages.show(FacesContext.getCurrentInstance(), List.of(new FieldError(e.field(), e.getMessage())));
    }

    public boolean isResponse() {
        return detail.kind() == RuleKind.RESPONSE;
    }

    public boolean isEligibility() {
        return detail.kind() == RuleKind.THERAPY_ELIGIBILITY;
    }

    public boolean isInvestigational() {
        return investigational;
    }

    public void setInvestigational(boolean investigational) {
        this.investigational = investigational;
    }

    public boolean isSafety() {
        return detail.kind() == RuleKind.SAFETY;
    }

    public Aggregate[] getAggregates() {
        return Aggregate.values();
    }

    public Comparison[] getComparisons() {
        return Comparison.values();
    }

    public AlertSeverity[] getSeverities() {
        return AlertSeverity.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public RuleDetail getDetail() {
        return detail;
    }

    public List<CriterionNode> getNodes() {
        return nodes;
    }

    public List<VignetteOption> getVignettes() {
        return vignettes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getArticleSlug() {
        return articleSlug;
    }

    public void setArticleSlug(String articleSlug) {
        this.articleSlug = articleSlug;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public Integer getReviewAfterWeeks() {
        return reviewAfterWeeks;
    }

    public void setReviewAfterWeeks(Integer reviewAfterWeeks) {
        this.reviewAfterWeeks = reviewAfterWeeks;
    }

    public AlertSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(AlertSeverity severity) {
        this.severity = severity;
    }

    public String getAlertText() {
        return alertText;
    }

    public void setAlertText(String alertText) {
        this.alertText = alertText;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }

    public String getVignetteKey() {
        return vignetteKey;
    }

    public void setVignetteKey(String vignetteKey) {
        this.vignetteKey = vignetteKey;
    }

    public RulePreview getPreview() {
        return preview;
    }

    public String getConflict() {
        return conflict;
    }
}
