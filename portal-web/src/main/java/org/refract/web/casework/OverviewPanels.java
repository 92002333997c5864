package org.refract.web.casework;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import org.refract.domain.casework.SteroidExposure;
import org.refract.service.casework.ObservationRow;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.web.casework.CaseOverview.LatestValue;
import org.refract.web.shared.Markup;
import org.refract.web.shared.Messages;
import org.refract.web.shared.OnePassOutput;

/**
 * The Overview's panels beside the summary ({@code <r:overviewPanels value="#{caseOverview}"
 * format="#{caseFormat}"/>}): the latest value of each instrument as tiles, the therapies running now, and the oral
 * corticosteroid exposure per year where the case records any, written in one pass.
 * <p>
 * Issue 16: as repeats in the page, every tile cost a repeat's iteration and seven expressions, every therapy four,
 * on the page opened most. The markup is the same as before; every text is escaped.
 */
@FacesComponent(OverviewPanels.TYPE)
public class OverviewPanels extends OnePassOutput {

    public static final String TYPE = "org.refract.web.casework.OverviewPanels";

    /** The bundle's texts: the page's locale in a request, a fixed one in a test. */
    @FunctionalInterface
    interface Texts {
        String text(String key, Object... arguments);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        CaseOverview overview = (CaseOverview) getAttributes().get("value");
        CaseFormat format = (CaseFormat) getAttributes().get("format");
        context.getResponseWriter()
                .write(markup(
                        overview.getLatestValues(),
                        overview.getCurrentTherapies(),
                        overview.getSteroidExposure(),
                        format,
                        (key, arguments) -> Messages.text(context, key, arguments)));
    }

    static String markup(
            List<LatestValue> latest,
            List<TreatmentLineRow> therapies,
            List<SteroidExposure> exposure,
            CaseFormat format,
            Texts texts) {
        Markup out = new Markup(2048 + latest.size() * 400 + therapies.size() * 160);
        latest(out, latest, format, texts);
        therapies(out, therapies, texts);
        if (!exposure.isEmpty()) {
            exposure(out, exposure, texts);
        }
        return out.toString();
    }

    private static void latest(Markup out, List<LatestValue> latest, CaseFormat format, Texts texts) {
        panelStart(out, "latest-heading", texts.text("case.latest"));
        if (latest.isEmpty()) {
            emptyState(out, texts.text("case.latest.empty"));
        }
        out.start("ul").attribute("class", "tiles").attribute("id", "latest-tiles");
        for (LatestValue value : latest) {
            ObservationRow row = value.row();
            out.start("li").attribute("class", "tile");
            out.start("span")
                    .attribute("class", "tile-name")
                    .text(value.shortName())
                    .end("span");
            out.start("span")
                    .attribute("class", "tile-value")
                    .text(text(row.display()) + " ")
                    .start("small")
                    .text(value.unit())
                    .end("small")
                    .end("span");
            if (row.interpretation() != null && !row.interpretation().isEmpty()) {
                out.start("span").attribute("class", "chip " + format.severityStyle(row.severity()));
                out.start("i")
                        .attribute("class", "pi " + format.severityIcon(row.severity()))
                        .attribute("aria-hidden", "true")
                        .end("i");
                out.text(" " + row.interpretation()).end("span");
            }
            out.start("span")
                    .attribute("class", "tile-date")
                    .text(text(row.date()))
                    .end("span");
            out.end("li");
        }
        out.end("ul").end("section");
    }

    private static void therapies(Markup out, List<TreatmentLineRow> therapies, Texts texts) {
        panelStart(out, "current-heading", texts.text("case.currentTherapies"));
        if (therapies.isEmpty()) {
            emptyState(out, texts.text("case.currentTherapies.empty"));
        }
        out.start("ul").attribute("class", "plain-list").attribute("id", "current-therapies");
        for (TreatmentLineRow line : therapies) {
            out.start("li").start("strong").text(line.therapyName()).end("strong");
            if (line.dose() != null && !line.dose().isEmpty()) {
                out.text(" · " + line.dose());
            }
            out.start("span")
                    .attribute("class", "muted")
                    .text(" · " + texts.text("case.treatment.since", line.start()))
                    .end("span");
            out.end("li");
        }
        out.end("ul").end("section");
    }

    private static void exposure(Markup out, List<SteroidExposure> exposure, Texts texts) {
        String heading = texts.text("case.steroids");
        panelStart(out, "steroid-heading", heading);
        out.start("table").attribute("class", "data-table").attribute("id", "steroid-exposure");
        out.start("caption").attribute("class", "sr-only").text(heading).end("caption");
        out.start("thead").start("tr");
        for (String key : List.of("case.steroids.period", "case.steroids.total", "case.steroids.basis")) {
            out.start("th").attribute("scope", "col").text(texts.text(key)).end("th");
        }
        out.end("tr").end("thead").start("tbody");
        for (SteroidExposure year : exposure) {
            out.start("tr");
            out.start("td")
                    .attribute("class", "nowrap")
                    .text(year.from() + " – " + year.to())
                    .end("td");
            out.start("td")
                    .attribute("class", "nowrap")
                    .start("strong")
                    .text(year.totalGrams() + " g")
                    .end("strong")
                    .end("td");
            out.start("td")
                    .text(texts.text("case.steroids.parts", year.maintenanceMg(), year.courses()))
                    .end("td");
            out.end("tr");
        }
        out.end("tbody").end("table");
        out.start("p")
                .attribute("class", "muted small")
                .text(texts.text("case.steroids.help"))
                .end("p");
        out.end("section");
    }

    private static void panelStart(Markup out, String headingId, String heading) {
        out.start("section").attribute("class", "panel").attribute("aria-labelledby", headingId);
        out.start("h2").attribute("id", headingId).text(heading).end("h2");
    }

    private static void emptyState(Markup out, String text) {
        out.start("p").attribute("class", "empty-state").text(text).end("p");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
