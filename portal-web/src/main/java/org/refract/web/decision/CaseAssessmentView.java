package org.refract.web.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.refract.domain.decision.Assessment;
import org.refract.service.decision.AssessmentService;
import org.refract.web.casework.CasePage;

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

    public Assessment getAssessment() {
        if (assessment == null) {
            assessment = assessments.assess(page.getDetail(), Set.of());
        }
        return assessment;
    }

    /** The catalogue name of a therapy of the case's condition, or its code. */
    public String therapyName(String code) {
        return page.therapy(code).map(t -> t.name()).orElse(code);
    }

    public List<Assessment.ResponseReview> getDueReviews() {
        return getAssessment().dueReviews();
    }
}
