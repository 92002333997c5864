package org.refract.web.analytics;

import jakarta.json.Json;
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
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Bar bar : bars) {
            labels.add(bar.label());
            data.add(bar.count());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", title)
                                                        .add("data", data)
                                                        .add("backgroundColor", BAR_COLOUR))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
