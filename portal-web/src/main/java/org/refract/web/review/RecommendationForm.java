package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.refract.domain.review.RecommendationDecision;
import org.refract.domain.shared.DomainException;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.review.ActionRequest;
import org.refract.service.review.ActionRow;
import org.refract.service.review.ItemDetail;
import org.refract.service.review.RecommendationRequest;
import org.refract.service.review.RecommendationService;
import org.refract.service.review.RecommendationView;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.Messages;

/**
 * The recommendation of the case on the meeting-mode screen: the structured form (decision, therapy, rationale,
 * factors to address, action items, follow-up), the chair's sign-off with the password re-entered, and dated
 * addenda once signed. A refused save keeps everything typed; a draft saved by someone else since this screen read
 * it is refused with their name, and "Load their version" replaces the form only when the user asks.
 */
@Named
@ViewScoped
public class RecommendationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

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
    private final List<ActionLine> actions = new ArrayList<>();
    private LocalDate followUpOn;
    private String conflict;
    private String problem;

    private String password;
    private String signProblem;
    private String addendum;

    /** One action item as typed. */
    public static class ActionLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private String description;
        private String owner;
        private LocalDate dueDate;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }
    }

    /** Fills the form from the saved draft, once per view (and again only on "Load their version"). */
    private void ensureLoaded() {
        if (!loaded) {
            fill(page.getItem().recommendation());
            loaded = true;
        }
    }

    private void fill(RecommendationView saved) {
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
        for (ActionRow row : saved.actions()) {
            ActionLine line = new ActionLine();
            line.description = row.description();
            line.owner = row.ownerUsername();
            line.dueDate = row.dueDate();
            actions.add(line);
        }
    }

    public void addAction() {
        ensureLoaded();
        actions.add(new ActionLine());
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
                actions.stream()
                        .map(a -> new ActionRequest(a.description, a.owner, a.dueDate))
                        .toList(),
                followUpOn,
                version);
        try {
            ItemDetail saved = recommendations.recommend(
                    page.getMeeting().id(), page.getItem().item().itemId(), request);
            page.replace(saved);
            version = saved.recommendation().version();
            Messages.addGlobalInfo(faces, "review.recommendation.saved");
        } catch (ConflictException e) {
            conflict = Messages.text(
                    faces,
                    "review.recommendation.conflict",
                    memberName(e.getSavedBy()),
                    e.getSavedAt() == null ? "" : TIME.format(e.getSavedAt()));
            faces.validationFailed();
        } catch (InvalidInputException e) {
            Refusals.fields(faces, "recommendation", e);
        } catch (InvalidRequestException e) {
            Refusals.fields(faces, "recommendation", e);
        } catch (DomainException | AccessDeniedException | NotFoundException e) {
            problem = e.getMessage();
            faces.validationFailed();
        }
    }

    /** After a conflict: shows the draft as saved now (the typed input is replaced, at the user's request). */
    public void loadSaved() {
        page.refresh();
        fill(page.getItem().recommendation());
        conflict = null;
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "review.recommendation.reloaded");
    }

    /**
     * The chair signs after re-entering the password. A wrong password shows beside the password field; a meeting
     * without quorum (or any other broken rule) above it, in the dialog; nothing is signed either way.
     */
    public void signOff() {
        signProblem = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            page.replace(recommendations.signOff(
                    page.getMeeting().id(), page.getItem().item().itemId(), password));
            Messages.addGlobalInfo(faces, "review.signOff.done");
        } catch (InvalidRequestException e) {
            Refusals.fields(faces, "signOff", e);
        } catch (DomainException | AccessDeniedException | NotFoundException e) {
            signProblem = e.getMessage();
            faces.validationFailed();
        } finally {
            password = null;
        }
    }

    public void saveAddendum() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            page.replace(recommendations.addAddendum(
                    page.getMeeting().id(), page.getItem().item().itemId(), addendum));
            addendum = null;
            Messages.addGlobalInfo(faces, "review.addendum.saved");
        } catch (InvalidInputException e) {
            Refusals.fields(faces, "addendum", e);
        } catch (DomainException | AccessDeniedException | NotFoundException e) {
            Messages.addGlobalError(faces, "meetings.refused", e.getMessage());
            faces.validationFailed();
        }
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

    public List<ActionLine> getActions() {
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSignProblem() {
        return signProblem;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }
}
