package org.refract.web.casework;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.refract.domain.catalog.ValueKind;
import org.refract.service.casework.EventRow;
import org.refract.service.casework.ObservationRow;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.service.catalog.InstrumentOption;

/**
 * The Chart.js configuration (JSON, as {@code p:chart value} takes it) of one instrument over time: the measurements
 * as a line, each treatment line as a shaded band over the period it ran. Dates are epoch days on a linear axis
 * (PrimeFaces ships Chart.js without a date adapter); the page's {@code refractCaseChart} extender turns them back
 * into dates and, for value sets (MGFA class) and test results, the y positions into their labels, which it finds
 * under {@code refract.yLabels}.
 */
public final class ChartModelBuilder {

    static final String LINE_COLOUR = "#0b6477";
    /** Event marks: a dark red that keeps 4.5:1 against white and against every band tint. */
    static final String EVENT_COLOUR = "#a4262c";
    /** Soft, distinguishable tints for treatment bands; the legend names each, so colour never carries meaning. */
    static final List<String> BAND_COLOURS = List.of(
            "rgba(240, 165, 0, 0.13)",
            "rgba(94, 129, 172, 0.16)",
            "rgba(46, 139, 87, 0.13)",
            "rgba(155, 89, 182, 0.12)",
            "rgba(192, 57, 43, 0.10)");

    private static final int MIN_PADDING_DAYS = 14;

    private final InstrumentOption instrument;
    private final List<ObservationRow> observations;
    private List<TreatmentLineRow> lines = List.of();
    private List<EventRow> events = List.of();
    private Function<EventRow, String> eventText = EventRow::label;
    private String eventLegend = "Events";
    private LocalDate today = LocalDate.now();
    private String dateTitle = "Date";
    private String treatmentPrefix = "";

    private ChartModelBuilder(InstrumentOption instrument, List<ObservationRow> observations) {
        this.instrument = Objects.requireNonNull(instrument, "An instrument is required.");
        this.observations = observations.stream()
                .filter(o -> o.instrumentCode().equals(instrument.code()))
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
        if (this.observations.isEmpty()) {
            throw new IllegalArgumentException("No measurements of " + instrument.code() + " to chart.");
        }
    }

    /** A chart of the instrument's measurements among {@code observations} (others are ignored). */
    public static ChartModelBuilder of(InstrumentOption instrument, List<ObservationRow> observations) {
        return new ChartModelBuilder(instrument, observations);
    }

    /** Treatment lines to show as bands; ongoing lines run until today. */
    public ChartModelBuilder treatments(List<TreatmentLineRow> treatmentLines, LocalDate currentDay) {
        this.lines = List.copyOf(treatmentLines);
        this.today = Objects.requireNonNull(currentDay);
        return this;
    }

    /**
     * Clinical events to show as marks along the top of the chart, over the bands; the x axis widens to hold them.
     *
     * @param text what a mark's tooltip says of its event
     */
    public ChartModelBuilder events(List<EventRow> recorded, Function<EventRow, String> text, String legend) {
        this.events = List.copyOf(recorded);
        this.eventText = Objects.requireNonNull(text);
        this.eventLegend = Objects.requireNonNull(legend);
        return this;
    }

    /** Texts from the page's bundle: the x axis title and the prefix of band legends ("Treatment: "). */
    public ChartModelBuilder texts(String dateAxisTitle, String treatmentLegendPrefix) {
        this.dateTitle = dateAxisTitle;
        this.treatmentPrefix = treatmentLegendPrefix;
        return this;
    }

    public String build() {
        long first = observations.get(0).date().toEpochDay();
        long last = observations.get(observations.size() - 1).date().toEpochDay();
        for (EventRow event : events) {
            first = Math.min(first, event.date().toEpochDay());
            last = Math.max(last, event.date().toEpochDay());
        }
        long padding = Math.max(MIN_PADDING_DAYS, (last - first) / 20);
        long xMin = first - padding;
        long xMax = last + padding;
        YRange y = yRange();

        JsonArrayBuilder datasets = JSON.createArrayBuilder().add(measurements());
        if (!events.isEmpty()) {
            datasets.add(eventMarks(y.max));
        }
        int band = 0;
        for (TreatmentLineRow line : lines) {
            long start = Math.max(line.start().toEpochDay(), xMin);
            long end = Math.min((line.end() == null ? today : line.end()).toEpochDay(), xMax);
            if (start <= end) {
                datasets.add(band(line, start, end, y.max, BAND_COLOURS.get(band++ % BAND_COLOURS.size())));
            }
        }
        JsonObjectBuilder yAxis = JSON.createObjectBuilder()
                .add("min", y.min)
                .add("max", y.max)
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", yTitle()));
        if (instrument.isCoded()) {
            yAxis.add("ticks", JSON.createObjectBuilder().add("stepSize", 1));
        }
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "scales",
                        JSON.createObjectBuilder()
                                .add(
                                        "x",
                                        JSON.createObjectBuilder()
                                                .add("type", "linear")
                                                .add("min", xMin)
                                                .add("max", xMax)
                                                .add(
                                                        "title",
                                                        JSON.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", dateTitle)))
                                .add("y", yAxis))
                .add(
                        "plugins",
                        JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("position", "bottom")));
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder().add("datasets", datasets))
                .add("options", options)
                .add(
                        "refract",
                        JSON.createObjectBuilder().add("xAxis", "epochDay").add("yLabels", yLabels()))
                .build()
                .toString();
    }

    private JsonObjectBuilder measurements() {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        for (ObservationRow row : observations) {
            JsonObjectBuilder point =
                    JSON.createObjectBuilder().add("x", row.date().toEpochDay());
            if (instrument.kind() == ValueKind.VALUE_SET) {
                point.add("y", row.ordinal());
            } else {
                point.add("y", row.number());
            }
            points.add(point);
        }
        return JSON.createObjectBuilder()
                .add("label", instrument.shortName())
                .add("data", points)
                .add("borderColor", LINE_COLOUR)
                .add("backgroundColor", LINE_COLOUR)
                .add("pointRadius", 5)
                .add("pointHoverRadius", 7)
                .add("borderWidth", 2)
                .add("tension", 0)
                .add("fill", false)
                .add("order", 0);
    }

    /** One triangle per event at the top of the chart, named in its tooltip (raw point field {@code event}). */
    private JsonObjectBuilder eventMarks(BigDecimal top) {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        events.stream()
                .sorted(Comparator.comparing(EventRow::date))
                .forEach(event -> points.add(JSON.createObjectBuilder()
                        .add("x", event.date().toEpochDay())
                        .add("y", top)
                        .add("event", eventText.apply(event))));
        return JSON.createObjectBuilder()
                .add("label", eventLegend)
                .add("data", points)
                .add("showLine", false)
                .add("pointStyle", "triangle")
                .add("pointRadius", 7)
                .add("pointHoverRadius", 9)
                .add("borderColor", EVENT_COLOUR)
                .add("backgroundColor", EVENT_COLOUR)
                .add("order", 0)
                .add("refractEvents", true);
    }

    private JsonObjectBuilder band(TreatmentLineRow line, long start, long end, BigDecimal top, String colour) {
        return JSON.createObjectBuilder()
                .add("label", treatmentPrefix + line.therapyName())
                .add(
                        "data",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder().add("x", start).add("y", top))
                                .add(JSON.createObjectBuilder().add("x", end).add("y", top)))
                .add("backgroundColor", colour)
                .add("borderColor", colour)
                .add("borderWidth", 0)
                .add("pointRadius", 0)
                .add("pointHoverRadius", 0)
                .add("fill", "start")
                .add("order", 1)
                .add("refractBand", true);
    }

    /** Value sets and tests: one step per member; numbers: the instrument's range, unless the data use little of it. */
    private YRange yRange() {
        if (instrument.isCoded()) {
            return new YRange(
                    new BigDecimal("-0.5"),
                    BigDecimal.valueOf(instrument.members().size()).subtract(new BigDecimal("0.5")));
        }
        BigDecimal dataMax = observations.stream()
                .map(ObservationRow::number)
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        BigDecimal dataMin = observations.stream()
                .map(ObservationRow::number)
                .filter(Objects::nonNull)
                .min(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        BigDecimal min = instrument.min() != null ? instrument.min().min(dataMin) : BigDecimal.ZERO.min(dataMin);
        BigDecimal max;
        if (instrument.max() != null && instrument.max().compareTo(dataMax.multiply(BigDecimal.valueOf(2))) <= 0) {
            max = instrument.max();
        } else {
            max = niceCeiling(dataMax.multiply(new BigDecimal("1.25")));
        }
        if (max.compareTo(min) <= 0) {
            max = min.add(BigDecimal.ONE);
        }
        return new YRange(min, max);
    }

    /** Rounds up to 1, 2 or 5 times a power of ten, so the axis ends on a round number. */
    static BigDecimal niceCeiling(BigDecimal value) {
        double v = value.doubleValue();
        if (v <= 0) {
            return BigDecimal.ONE;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (int step : new int[] {1, 2, 5, 10}) {
            if (step * power >= v - 1e-9) {
                return new BigDecimal(
                        BigDecimal.valueOf(step * power).stripTrailingZeros().toPlainString());
            }
        }
        return value;
    }

    private String yTitle() {
        return instrument.isCoded()
                        || instrument.unit() == null
                        || instrument.unit().isBlank()
                ? instrument.shortName()
                : instrument.shortName() + " (" + Units.display(instrument.unit()) + ")";
    }

    /** y position → label: the class code for value sets (I, IIa...), the result for tests (Negative, Positive). */
    private JsonObjectBuilder yLabels() {
        JsonObjectBuilder labels = JSON.createObjectBuilder();
        if (!instrument.isCoded()) {
            return labels;
        }
        for (int i = 0; i < instrument.members().size(); i++) {
            InstrumentOption.Member member = instrument.members().get(i);
            String label = instrument.kind() == ValueKind.VALUE_SET ? member.code() : shortLabel(member.label());
            labels.add(String.valueOf(instrument.kind() == ValueKind.VALUE_SET ? i : positionOf(member, i)), label);
        }
        return labels;
    }

    private static int positionOf(InstrumentOption.Member member, int fallback) {
        try {
            return Integer.parseInt(member.code());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** "Positive (excludes AAV5 gene therapy)" → "Positive": the axis has little room. */
    static String shortLabel(String label) {
        int bracket = label.indexOf(" (");
        return bracket > 0 ? label.substring(0, bracket) : label;
    }

    private record YRange(BigDecimal min, BigDecimal max) {}
}
