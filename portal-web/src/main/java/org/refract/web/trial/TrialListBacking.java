package org.refract.web.trial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.trial.TrialAdministrationService;
import org.refract.service.trial.TrialEntry;

/** {@code /admin/trials/}: every registered trial, by condition. */
@Named
@RequestScoped
public class TrialListBacking {

    @Inject
    TrialAdministrationService administration;

    private List<TrialEntry> trials;

    public List<TrialEntry> getTrials() {
        if (trials == null) {
            trials = administration.trials();
        }
        return trials;
    }
}
