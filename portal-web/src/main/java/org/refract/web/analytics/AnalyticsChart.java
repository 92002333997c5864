package org.refract.web.analytics;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The Chart.js configuration (JSON, as {@code p:chart value} takes it) of one figure: a horizontal bar per count, in
 * the portal's accent colour. The table beside the chart carries the same numbers for screen readers and keyboards.
 */
public final class AnalyticsChart {

    static final String BAR_COLOUR = "#0b6477";

    private AnalyticsChart() {}

    /** One bar of a chart (public: the page reads it through EL). */
    public record Bar(String label, long count) {}

    static String bars(String title, List<Bar> bars) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Bar bar : bars) {
            labels.add(bar.label());
            data.add(bar.count());
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        JSON.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        JSON.createArrayBuilder()
                                                .add(JSON.createObjectBuilder()
                                                        .add("label", title)
                                                        .add("data", data)
                                                        .add("backgroundColor", BAR_COLOUR))))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        JSON.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        JSON.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        JSON.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
