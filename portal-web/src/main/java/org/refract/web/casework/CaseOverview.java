package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.refract.service.casework.ObservationRow;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.service.catalog.InstrumentOption;

/** The Overview tab: the latest value of every instrument measured, and the therapies running now. */
@Named
@RequestScoped
public class CaseOverview {

    @Inject
    CasePage page;

    /** The latest measurement of an instrument, with its short name for the tile. */
    public record LatestValue(String shortName, ObservationRow row) {

        public String unit() {
            return Units.display(row.unit());
        }
    }

    public List<LatestValue> getLatestValues() {
        List<ObservationRow> observations = page.getDetail().observations();
        return page.getInstruments().stream()
                .map(instrument -> latest(instrument, observations))
                .flatMap(Optional::stream)
                .toList();
    }

    public List<TreatmentLineRow> getCurrentTherapies() {
        return page.getDetail().treatmentLines().stream()
                .filter(TreatmentLineRow::ongoing)
                .toList();
    }

    private static Optional<LatestValue> latest(InstrumentOption instrument, List<ObservationRow> observations) {
        return observations.stream()
                .filter(o -> o.instrumentCode().equals(instrument.code()))
                .max(Comparator.comparing(ObservationRow::date).thenComparing(ObservationRow::id))
                .map(row -> new LatestValue(instrument.shortName(), row));
    }
}
