package org.refract.web.casework;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import org.refract.web.shared.Markup;
import org.refract.web.shared.OnePassOutput;

/**
 * The worklist's rows ({@code <r:worklistRows value="#{worklistBacking.lines}"/>} inside the table's
 * {@code tbody}), written in one pass from prepared {@link WorklistLine}s.
 * <p>
 * Issue 16: a {@code ui:repeat} over the rows evaluated some twenty expressions and two message formats per row and
 * was 38 % of the page's CPU time. The markup is the same as before, built in memory ({@link Markup}, which escapes
 * every text) and written in one call.
 */
@FacesComponent(WorklistRows.TYPE)
public class WorklistRows extends OnePassOutput {

    public static final String TYPE = "org.refract.web.casework.WorklistRows";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        List<WorklistLine> lines = listAttribute("value");
        if (lines.isEmpty()) {
            return;
        }
        String caseAddress = context.getExternalContext().getRequestContextPath() + "/cases/case.xhtml?id=";
        Markup out = new Markup(lines.size() * 1200);
        for (WorklistLine line : lines) {
            out.start("tr").attribute("class", "worklist-row");

            cell(out, "col-patient");
            out.start("a").attribute("href", caseAddress + line.id()).attribute("class", "case-link");
            out.text(line.pseudonym()).end("a");
            out.end("td");

            cell(out, "col-age");
            out.start("span")
                    .attribute("aria-hidden", "true")
                    .text(line.ageSex())
                    .end("span");
            out.start("span")
                    .attribute("class", "sr-only")
                    .text(line.ageSexSpoken())
                    .end("span");
            out.end("td");

            text(out, "col-condition", line.condition());
            text(out, "col-title", line.title());

            cell(out, "col-status");
            out.start("span").attribute("class", "chip " + line.statusStyle());
            icon(out, line.statusIcon());
            out.text(line.statusLabel()).end("span");
            if (line.reviewDue() != null) {
                out.text(" ");
                out.start("span")
                        .attribute("class", "chip chip-warn review-due")
                        .attribute("data-therapy", line.reviewDue().therapy());
                icon(out, "pi-calendar");
                out.text(line.reviewDue().label()).end("span");
                out.text(" ");
                out.start("span")
                        .attribute("class", "review-response muted")
                        .text(line.reviewDue().response())
                        .end("span");
            }
            out.end("td");

            text(out, "col-clinician", line.clinician());
            text(out, "col-team", line.team());
            text(out, "col-updated", line.updated());
            out.end("tr");
        }
        context.getResponseWriter().write(out.toString());
    }

    private static void cell(Markup out, String styleClass) {
        out.start("td").attribute("class", styleClass);
    }

    private static void text(Markup out, String styleClass, String text) {
        cell(out, styleClass);
        out.text(text).end("td");
    }

    private static void icon(Markup out, String icon) {
        out.start("i")
                .attribute("class", "pi " + icon)
                .attribute("aria-hidden", "true")
                .end("i");
        out.text(" ");
    }
}
