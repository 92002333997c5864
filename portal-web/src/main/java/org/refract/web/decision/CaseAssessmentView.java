package org.refract.web.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.RuleOutcome;
import org.refract.domain.decision.StepDownHint;
import org.refract.service.decision.AssessmentService;
import org.refract.web.casework.CasePage;
import org.refract.web.casework.CaseTab;

/**
 * The assessment of the case the page shows, computed once per request from the record the page already holds
 * (the rules and the catalogue are cached, so it costs no statement).
 */
@Named
@RequestScoped
public class CaseAssessmentView {

    @Inject
    CasePage page;

    @Inject
    AssessmentService assessments;

    private Assessment assessment;
    private Optional<RuleOutcome> remission;
    private Optional<StepDownHint> stepDown;
    private List<Assessment.ResponseReview> dueReviews;

    public Assessment getAssessment() {
        if (assessment == null) {
            assessment = assessments.assess(page.getDetail(), Set.of());
        }
        return assessment;
    }

    /** The case against its condition's remission-on-treatment rule, or null where none applies. */
    public RuleOutcome getRemission() {
        if (remission == null) {
            remission = assessments.remission(page.getDetail());
        }
        return remission.orElse(null);
    }

    /** A step-down review to suggest (the case in remission long enough on a therapy that may be reduced), or null. */
    public StepDownHint getStepDown() {
        if (stepDown == null) {
            RuleOutcome outcome = getRemission();
            stepDown = outcome == null ? Optional.empty() : assessments.stepDown(page.getDetail(), outcome);
        }
        return stepDown.orElse(null);
    }

    /** The catalogue name of a therapy of the case's condition, or its code. */
    public String therapyName(String code) {
        return page.therapy(code).map(t -> t.name()).orElse(code);
    }

    /**
     * The response reviews due, for the header on every tab: from the whole assessment only where the page shows it
     * (the Assessment tab), else the reviews alone.
     */
    public List<Assessment.ResponseReview> getDueReviews() {
        if (dueReviews == null) {
            dueReviews = assessment != null || page.getTab() == CaseTab.ASSESSMENT
                    ? getAssessment().dueReviews()
                    : assessments.dueReviews(page.getDetail());
        }
        return dueReviews;
    }
}
