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
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.refract.domain.casework.FindingStatus;
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
import org.refract.service.decision.RuleVocabulary;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /admin/rules/edit.xhtml?code=…}: edit a rule's wording, source and criteria — the criteria as a tree in the
 * form, where criteria and groups are added, removed, nested, moved and changed by mouse or keyboard, with
 * instruments, therapies and factors picked by their catalogue names — preview the current version and the draft on
 * every vignette of the rule's condition at once, and save the draft as the next version with a change note. The
 * criteria as JSON stay available as an advanced option. Nothing typed is lost when a save is refused.
 */
@Named
@ViewScoped
public class RuleEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RuleAdministrationService administration;

    private String code;
    private RuleDetail detail;
    private CriterionTree tree;
    private RuleVocabulary vocabulary;
    private Map<String, String> names;
    private Integer focusRow;
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
    private List<RulePreview> previews;
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
        vocabulary = administration.vocabulary(code);
        names = java.util.stream.Stream.of(vocabulary.instruments(), vocabulary.therapies(), vocabulary.factors())
                .flatMap(List::stream)
                .collect(Collectors.toMap(
                        RuleVocabulary.Choice::code, RuleVocabulary.Choice::name, (a, b) -> a, java.util.HashMap::new));
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
        tree = CriterionTree.of(CriteriaJson.read(current.criteria()));
        conflict = null;
        focusRow = null;
    }

    /** Evaluates the current version and the draft on every vignette of the rule's condition; saves nothing. */
    public void preview() {
        previews = FormAction.current()
                .call(() -> administration.preview(code, draft()))
                .orElse(null);
    }

    /** Replaces the structured criteria by the JSON typed in the advanced field. */
    public void applyJson() {
        FormAction.current()
                .fields(field -> "json")
                .call(() -> CriterionTree.of(CriteriaJson.read(json)))
                .ifPresent(read -> {
                    tree = read;
                    previews = null;
                });
    }

    /** Adds a criterion of the kind chosen on a group row as that group's last part. */
    public void addUnder(CriterionNode node) {
        edit(() -> tree.addUnder(node.getRow(), node.getAddKind()));
    }

    public void remove(CriterionNode node) {
        edit(() -> tree.remove(node.getRow()));
    }

    /** Applies the kind chosen on a row. */
    public void changeKind(CriterionNode node) {
        edit(() -> {
            tree.changeKind(node.getRow(), node.getNewKind());
            return node.getRow();
        });
    }

    public void moveUp(CriterionNode node) {
        edit(() -> tree.moveUp(node.getRow()));
    }

    public void moveDown(CriterionNode node) {
        edit(() -> tree.moveDown(node.getRow()));
    }

    /** A structural edit: the preview no longer matches the criteria, and focus goes to the row it names. */
    private void edit(IntSupplier change) {
        if (!FormAction.current().run(() -> focusRow = change.getAsInt())) {
            return;
        }
        previews = null;
        try {
            json = CriteriaJson.write(tree.toCriteria());
        } catch (InvalidInputException incomplete) {
            // A new criterion has no values yet: the JSON view catches up once the tree is whole.
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces)
                .conflicts(text -> conflict = text)
                .call(() -> administration.revise(code, detail.currentVersion(), draft()))
                .ifPresent(saved -> {
                    detail = saved;
                    Messages.addGlobalInfo(faces, "rules.saved", saved.currentVersion());
                    startFrom(saved);
                    previews = null;
                });
    }

    /** After a conflict: load the other person's version; the form starts again from it. */
    public void reload() {
        detail = administration.rule(code);
        startFrom(detail);
        previews = null;
    }

    private RuleDraft draft() {
        String criteria = CriteriaJson.write(tree.toCriteria());
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

    public boolean isTrial() {
        return detail.kind() == RuleKind.TRIAL;
    }

    /** The registry identifier of the trial whose eligibility this rule is (its code is "trial:" and the id). */
    public String getTrialId() {
        return isTrial() ? code.substring(code.indexOf(':') + 1) : null;
    }

    /** The catalogue name of an instrument, therapy or factor code; the code itself when the catalogue lacks it. */
    public String name(String catalogueCode) {
        return catalogueCode == null ? "" : names.getOrDefault(catalogueCode, catalogueCode);
    }

    /** The condition's instruments, and the node's own when the catalogue no longer lists it (never lost). */
    public List<RuleVocabulary.Choice> instrumentChoices(CriterionNode node) {
        return withOwn(vocabulary.instruments(), node.getCode() == null ? List.of() : List.of(node.getCode()));
    }

    public List<RuleVocabulary.Choice> therapyChoices(CriterionNode node) {
        return withOwn(vocabulary.therapies(), node.getTherapies());
    }

    public List<RuleVocabulary.Choice> factorChoices(CriterionNode node) {
        return withOwn(vocabulary.factors(), node.getFactors());
    }

    private static List<RuleVocabulary.Choice> withOwn(List<RuleVocabulary.Choice> catalogue, List<String> own) {
        List<RuleVocabulary.Choice> missing = own.stream()
                .filter(code -> catalogue.stream().noneMatch(c -> c.code().equals(code)))
                .map(code -> new RuleVocabulary.Choice(code, code))
                .toList();
        if (missing.isEmpty()) {
            return catalogue;
        }
        List<RuleVocabulary.Choice> all = new java.util.ArrayList<>(catalogue);
        all.addAll(missing);
        return all;
    }

    /** The kinds offered for a row and for a new part: groups first, then every leaf criterion. */
    public CriterionNode.Kind[] getKinds() {
        return CriterionNode.Kind.values();
    }

    public FindingStatus[] getFindingStatuses() {
        return FindingStatus.values();
    }

    public RuleVocabulary getVocabulary() {
        return vocabulary;
    }

    /** How many vignettes the draft changes the result of. */
    public long getChangedCount() {
        return previews == null
                ? 0
                : previews.stream().filter(RulePreview::isChanged).count();
    }

    public Integer getFocusRow() {
        return focusRow;
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
        return tree.nodes();
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

    public List<RulePreview> getPreviews() {
        return previews;
    }

    public String getConflict() {
        return conflict;
    }
}
