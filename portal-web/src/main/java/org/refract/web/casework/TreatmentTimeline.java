package org.refract.web.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refract.service.casework.TreatmentLineRow;

/**
 * The treatment lines of a case as bars on one time axis, from the first start to the last end (or today, while a
 * line runs): positions in percent of the axis width, so the page draws them with CSS alone.
 */
public final class TreatmentTimeline {

    /** Bars narrower than this would vanish; a one-day course still shows. */
    static final double MIN_WIDTH = 1.5;

    private final LocalDate from;
    private final LocalDate to;
    private final List<Bar> bars;

    /** One line: where its bar starts and how wide it is, in percent. */
    public record Bar(TreatmentLineRow line, double left, double width) {}

    /** A year boundary on the axis, in percent. */
    public record Tick(int year, double left) {}

    public TreatmentTimeline(List<TreatmentLineRow> lines, LocalDate today) {
        Objects.requireNonNull(today);
        this.from = lines.stream()
                .map(TreatmentLineRow::start)
                .min(LocalDate::compareTo)
                .orElse(today);
        LocalDate last = lines.stream()
                .map(l -> l.end() == null ? today : l.end())
                .max(LocalDate::compareTo)
                .orElse(today);
        this.to = last.isAfter(from) ? last : from.plusDays(1);
        this.bars = lines.stream().map(line -> bar(line, today)).toList();
    }

    private Bar bar(TreatmentLineRow line, LocalDate today) {
        double left = percent(line.start());
        double right = percent(line.end() == null ? today : line.end());
        double width = Math.max(MIN_WIDTH, right - left);
        return new Bar(line, Math.min(left, 100 - width), width);
    }

    double percent(LocalDate date) {
        double span = to.toEpochDay() - from.toEpochDay();
        return Math.round((date.toEpochDay() - from.toEpochDay()) / span * 1000) / 10.0;
    }

    public List<Bar> getBars() {
        return bars;
    }

    /** 1 January of each year inside the axis. */
    public List<Tick> getTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
            ticks.add(new Tick(year, percent(LocalDate.of(year, 1, 1))));
        }
        return ticks;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
