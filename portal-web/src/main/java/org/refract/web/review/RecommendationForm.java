package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.refract.domain.review.RecommendationDecision;
import org.refract.service.review.RecommendationDetail;
import org.refract.service.review.RecommendationRequest;
import org.refract.service.review.RecommendationService;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * The recommendation of the case on the meeting-mode screen: the structured form (decision, therapy, rationale,
 * factors to address, action items, follow-up); the chair's sign-off and the addenda are {@link SignOffForm}'s ({@link SignOffForm}). A refused save keeps everything typed; a draft saved by someone else since this screen read
 * it is refused with their name, and "Load their version" replaces the form only when the user asks.
 */
@Named
@ViewScoped
public class RecommendationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationService recommendations;

    @Inject
    MeetingCaseBacking page;

    private boolean loaded;
    private Long version;
    private String decision;
    private String therapy;
    private String rationale;
    private List<String> factors = new ArrayList<>();
    private final List<RecommendationActionLine> actions = new ArrayList<>();
    private LocalDate followUpOn;
    private String conflict;
    private String problem;

    /** Fills the form from the saved draft, once per view (and again only on "Load their version"). */
    private void ensureLoaded() {
        if (!loaded) {
            fill(page.getItem().recommendation());
            loaded = true;
        }
    }

    private void fill(RecommendationDetail saved) {
        actions.clear();
        if (saved == null) {
            version = null;
            decision = null;
            therapy = null;
            rationale = null;
            factors = new ArrayList<>();
            followUpOn = null;
            return;
        }
        version = saved.version();
        decision = saved.decision();
        therapy = saved.therapyCode();
        rationale = saved.rationale();
        factors = new ArrayList<>(saved.factorCodes());
        followUpOn = saved.followUpOn();
        saved.actions().stream().map(RecommendationActionLine::of).forEach(actions::add);
    }

    public void addAction() {
        ensureLoaded();
        actions.add(new RecommendationActionLine());
    }

    public void removeAction(int index) {
        ensureLoaded();
        if (index >= 0 && index < actions.size()) {
            actions.remove(index);
        }
    }

    public void save() {
        ensureLoaded();
        conflict = null;
        problem = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        RecommendationRequest request = new RecommendationRequest(
                decision,
                therapy,
                rationale,
                factors,
                actions.stream().map(RecommendationActionLine::toRequest).toList(),
                followUpOn,
                version);
        FormAction.of(faces)
                .fieldsUnder("recommendation")
                .conflicts(text -> conflict = text)
                .conflictNaming("review.recommendation.conflict", this::memberName)
                .problems(text -> problem = text)
                .call(() -> recommendations.recommend(
                        page.getMeeting().id(), page.getItem().item().itemId(), request))
                .ifPresent(saved -> {
                    page.replace(saved);
                    version = saved.recommendation().version();
                    Messages.addGlobalInfo(faces, "review.recommendation.saved");
                });
    }

    /** After a conflict: shows the draft as saved now (the typed input is replaced, at the user's request). */
    public void loadSaved() {
        page.refresh();
        fill(page.getItem().recommendation());
        conflict = null;
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "review.recommendation.reloaded");
    }

    private String memberName(String username) {
        return page.getMembers().stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .map(m -> m.displayName())
                .orElse(username);
    }

    public List<RecommendationDecision> getDecisions() {
        return Arrays.asList(RecommendationDecision.values());
    }

    /** Whether the decision chosen names a therapy (switch or add): the therapy field is then required. */
    public boolean isTherapyNeeded() {
        ensureLoaded();
        return decision != null && RecommendationDecision.valueOf(decision).needsTherapy();
    }

    public String getDecision() {
        ensureLoaded();
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getTherapy() {
        ensureLoaded();
        return therapy;
    }

    public void setTherapy(String therapy) {
        this.therapy = therapy;
    }

    public String getRationale() {
        ensureLoaded();
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public List<String> getFactors() {
        ensureLoaded();
        return factors;
    }

    public void setFactors(List<String> factors) {
        this.factors = factors == null ? new ArrayList<>() : new ArrayList<>(factors);
    }

    public List<RecommendationActionLine> getActions() {
        ensureLoaded();
        return actions;
    }

    public LocalDate getFollowUpOn() {
        ensureLoaded();
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public String getConflict() {
        return conflict;
    }

    public String getProblem() {
        return problem;
    }
}
