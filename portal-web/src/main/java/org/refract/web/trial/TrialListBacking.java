package org.refract.web.trial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.trial.TrialAdministrationService;
import org.refract.service.trial.TrialDetail;

/** {@code /admin/trials/}: every registered trial, by condition. */
@Named
@RequestScoped
public class TrialListBacking {

    @Inject
    TrialAdministrationService administration;

    private List<TrialDetail> trials;

    public List<TrialDetail> getTrials() {
        if (trials == null) {
            trials = administration.trials();
        }
        return trials;
    }
}
