package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.ObservationRow;
import org.refract.service.catalog.InstrumentOption;
import org.refract.web.shared.FormFeedback;
import org.refract.web.shared.Messages;

/** The Measurements tab: one chart and table per instrument that has measurements, and their removal. */
@Named
@RequestScoped
public class MeasurementsView {

    @Inject
    ClinicalRecordService records;

    @Inject
    CasePage page;

    @Inject
    CaseChange change;

    @Inject
    FacesContext faces;

    @Inject
    EventsView eventsView;

    private final FormFeedback feedback = new FormFeedback();
    private List<InstrumentGroup> groups;
    private long groupsVersion = -1;

    /** Measurements of one instrument: newest first for the table, and the chart over time. */
    public record InstrumentGroup(
            InstrumentOption instrument, List<ObservationRow> rows, String chart, String chartLabel) {

        public String unit() {
            return Units.display(instrument.unit());
        }
    }

    /** Instruments in catalogue order, those without measurements left out. */
    public List<InstrumentGroup> getGroups() {
        if (groups == null || groupsVersion != page.getVersion()) {
            groupsVersion = page.getVersion();
            List<ObservationRow> observations = page.getDetail().observations();
            groups = page.getInstruments().stream()
                    .filter(i -> observations.stream()
                            .anyMatch(o -> o.instrumentCode().equals(i.code())))
                    .map(i -> group(i, observations))
                    .toList();
        }
        return groups;
    }

    public void remove(ObservationRow row) {
        change.run(
                feedback,
                (id, version) -> records.removeObservation(id, version, row.id()),
                field -> null,
                "case.measurement.removed",
                row.instrumentName(),
                row.display(),
                row.date());
    }

    public String removeConfirmation(ObservationRow row) {
        return Messages.text(
                faces,
                "case.measurement.remove.confirm",
                row.instrumentName(),
                row.display() + " " + Units.display(row.unit()),
                row.date().toString());
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    private InstrumentGroup group(InstrumentOption instrument, List<ObservationRow> observations) {
        List<ObservationRow> rows = observations.stream()
                .filter(o -> o.instrumentCode().equals(instrument.code()))
                .sorted(Comparator.comparing(ObservationRow::date).reversed())
                .toList();
        String chart = ChartModelBuilder.of(instrument, rows)
                .treatments(page.getDetail().treatmentLines(), LocalDate.now())
                .events(page.getDetail().events(), eventsView::mark, Messages.text(faces, "case.chart.events"))
                .texts(Messages.text(faces, "case.chart.date"), Messages.text(faces, "case.chart.treatment"))
                .build();
        ObservationRow latest = rows.get(0);
        String label = Messages.text(
                faces,
                "case.chart.label",
                instrument.name(),
                rows.size(),
                latest.display(),
                Units.display(latest.unit()),
                latest.date().toString());
        return new InstrumentGroup(instrument, rows, chart, label);
    }
}
