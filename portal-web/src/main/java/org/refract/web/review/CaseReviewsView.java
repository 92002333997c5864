package org.refract.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.review.CaseReviewRow;
import org.refract.service.review.MeetingScheduleService;
import org.refract.web.casework.CasePage;

/** The Reviews tab of the case page: the meetings the case was on, with the outcome letter once signed. */
@Named
@RequestScoped
public class CaseReviewsView {

    @Inject
    CasePage page;

    @Inject
    MeetingScheduleService meetings;

    private List<CaseReviewRow> rows;

    public List<CaseReviewRow> getRows() {
        if (rows == null) {
            rows = meetings.reviewsOfCase(page.getId());
        }
        return rows;
    }
}
