package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.refract.domain.casework.EventType;
import org.refract.domain.casework.SteroidExposure;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.EventRow;
import org.refract.service.casework.ObservationRow;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.service.catalog.InstrumentOption;

/**
 * The Overview tab: the latest value of every instrument measured, the therapies running now and the oral
 * corticosteroid exposure per year.
 */
@Named
@RequestScoped
public class CaseOverview {

    static final String MAINTENANCE_OCS = "ocs-maintenance-mg";
    static final int EXPOSURE_YEARS = 2;

    @Inject
    CasePage page;

    @Inject
    Clock clock;

    /** The case record the lists below were computed from: once per request, again after a change refreshed it. */
    private CaseDetail computedFor;

    private List<LatestValue> latestValues;
    private List<TreatmentLineRow> currentTherapies;
    private List<SteroidExposure> steroidExposure;

    /** The latest measurement of an instrument, with its short name for the tile. */
    public record LatestValue(String shortName, ObservationRow row) {

        public String unit() {
            return Units.display(row.unit());
        }
    }

    /**
     * The lists are asked for several times while a page renders (whether to show the empty state, then the repeat);
     * they are computed once, and again only when the page holds another record of the case (a change refreshed it).
     */
    private CaseDetail detail() {
        CaseDetail detail = page.getDetail();
        if (detail != computedFor) {
            computedFor = detail;
            latestValues = null;
            currentTherapies = null;
            steroidExposure = null;
        }
        return detail;
    }

    public List<LatestValue> getLatestValues() {
        CaseDetail detail = detail();
        if (latestValues == null) {
            List<ObservationRow> observations = detail.observations();
            latestValues = page.getInstruments().stream()
                    .map(instrument -> latest(instrument, observations))
                    .flatMap(Optional::stream)
                    .toList();
        }
        return latestValues;
    }

    public List<TreatmentLineRow> getCurrentTherapies() {
        CaseDetail detail = detail();
        if (currentTherapies == null) {
            currentTherapies = detail.treatmentLines().stream()
                    .filter(TreatmentLineRow::ongoing)
                    .toList();
        }
        return currentTherapies;
    }

    /**
     * Oral corticosteroid exposure per 12-month period (the last two), from the maintenance doses and the
     * steroid-treated exacerbations recorded; empty where neither is (see {@link SteroidExposure}).
     */
    public List<SteroidExposure> getSteroidExposure() {
        CaseDetail detail = detail();
        if (steroidExposure == null) {
            steroidExposure = steroidExposure(detail);
        }
        return steroidExposure;
    }

    private List<SteroidExposure> steroidExposure(CaseDetail detail) {
        List<SteroidExposure.Dose> doses = detail.observations().stream()
                .filter(o -> o.instrumentCode().equals(MAINTENANCE_OCS) && o.number() != null && !o.derived())
                .map(o -> new SteroidExposure.Dose(o.date(), o.number()))
                .toList();
        List<LocalDate> courses = detail.events().stream()
                .filter(e -> e.type() == EventType.EXACERBATION
                        && Boolean.TRUE.equals(e.details().treatedWithSystemicSteroids()))
                .map(EventRow::date)
                .toList();
        return SteroidExposure.of(doses, courses, LocalDate.now(clock), EXPOSURE_YEARS);
    }

    private static Optional<LatestValue> latest(InstrumentOption instrument, List<ObservationRow> observations) {
        return observations.stream()
                .filter(o -> o.instrumentCode().equals(instrument.code()))
                .max(Comparator.comparing(ObservationRow::date).thenComparing(ObservationRow::id))
                .map(row -> new LatestValue(instrument.shortName(), row));
    }
}
