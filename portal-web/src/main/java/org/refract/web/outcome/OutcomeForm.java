package org.refract.web.outcome;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.refract.domain.review.OutcomeKind;
import org.refract.service.outcome.OutcomeEntry;
import org.refract.service.outcome.OutcomeRow;
import org.refract.service.outcome.OutcomeService;
import org.refract.service.shared.InvalidRequestException;
import org.refract.web.casework.CasePage;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.FormFeedback;
import org.refract.web.shared.Messages;

/**
 * The Reviews tab's outcomes: every signed recommendation of the case with what became of it, and the form that
 * records (or corrects) the outcome at the review, the remission rule's result taken on the day.
 */
@Named
@ViewScoped
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeService outcomes;

    @Inject
    CasePage page;

    private final FormFeedback feedback = new FormFeedback();
    private List<OutcomeRow> rows;
    private Long recommendationId;
    private OutcomeKind outcome;
    private LocalDate reviewedOn = LocalDate.now();
    private String note;

    public List<OutcomeRow> getRows() {
        if (rows == null) {
            rows = outcomes.ofCase(page.getId());
        }
        return rows;
    }

    public void record() {
        feedback.clear();
        Long chosen = recommendationId;
        Long version = getRows().stream()
                .filter(r -> chosen != null && r.recommendationId() == chosen)
                .findFirst()
                .map(OutcomeRow::outcomeVersion)
                .orElse(null);
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces)
                .fieldsInSubmittingForm(UnaryOperator.identity())
                .conflicts(feedback::conflict)
                .problems(feedback::problem)
                .call(() -> {
                    if (chosen == null) {
                        throw InvalidRequestException.of(
                                "recommendationId", "Choose the decision it is the outcome of.");
                    }
                    return outcomes.record(
                            page.getId(),
                            chosen,
                            new OutcomeEntry(outcome == null ? null : outcome.name(), reviewedOn, note, version));
                })
                .ifPresent(saved -> {
                    Messages.addGlobalInfo(faces, "outcome.recorded", saved.decision());
                    rows = null;
                    note = null;
                });
    }

    public List<OutcomeKind> getKinds() {
        return List.of(OutcomeKind.values());
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public Long getRecommendationId() {
        return recommendationId;
    }

    public void setRecommendationId(Long recommendationId) {
        this.recommendationId = recommendationId;
    }

    public OutcomeKind getOutcome() {
        return outcome;
    }

    public void setOutcome(OutcomeKind outcome) {
        this.outcome = outcome;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
