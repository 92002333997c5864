package org.refract.web.trial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.catalog.CatalogService;
import org.refract.service.trial.TrialAdministrationService;
import org.refract.service.trial.TrialDetail;

/** {@code /admin/trials/}: every registered trial, by condition. */
@Named
@RequestScoped
public class TrialListBacking {

    @Inject
    TrialAdministrationService administration;

    @Inject
    CatalogService catalog;

    private List<TrialDetail> trials;

    public List<TrialDetail> getTrials() {
        if (trials == null) {
            trials = administration.trials();
        }
        return trials;
    }

    /** The catalogue name of a trial's condition. */
    public String conditionName(String code) {
        return catalog.conditionName(code);
    }
}
