package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The Treatments tab's timeline. */
@Named
@RequestScoped
public class TreatmentsView {

    @Inject
    CasePage page;

    private TreatmentTimeline timeline;
    private long timelineVersion = -1;

    public TreatmentTimeline getTimeline() {
        if (timeline == null || timelineVersion != page.getVersion()) {
            timelineVersion = page.getVersion();
            timeline = new TreatmentTimeline(page.getDetail().treatmentLines(), LocalDate.now());
        }
        return timeline;
    }
}
