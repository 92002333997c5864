package org.refract.web.casework;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.refract.web.shared.OnePassOutput;

/**
 * The worklist's rows ({@code <r:worklistRows value="#{worklistBacking.lines}"/>} inside the table's
 * {@code tbody}), written in one pass from prepared {@link WorklistLine}s.
 * <p>
 * Issue 16: a {@code ui:repeat} over the rows evaluated some twenty expressions and two message formats per row and
 * was 38 % of the page's CPU time. The markup is the same as before; every text goes through the response writer,
 * which escapes it.
 */
@FacesComponent(WorklistRows.TYPE)
public class WorklistRows extends OnePassOutput {

    public static final String TYPE = "org.refract.web.casework.WorklistRows";

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<WorklistLine> lines = (List<WorklistLine>) getAttributes().get("value");
        if (lines == null) {
            return;
        }
        String caseAddress = context.getExternalContext().getRequestContextPath() + "/cases/case.xhtml?id=";
        ResponseWriter out = context.getResponseWriter();
        for (WorklistLine line : lines) {
            out.startElement("tr", this);
            out.writeAttribute("class", "worklist-row", null);

            cell(out, "col-patient");
            out.startElement("a", this);
            out.writeURIAttribute("href", caseAddress + line.id(), null);
            out.writeAttribute("class", "case-link", null);
            out.writeText(line.pseudonym(), null);
            out.endElement("a");
            out.endElement("td");

            cell(out, "col-age");
            span(out, null, line.ageSex(), true);
            span(out, "sr-only", line.ageSexSpoken(), false);
            out.endElement("td");

            text(out, "col-condition", line.condition());
            text(out, "col-title", line.title());

            cell(out, "col-status");
            out.startElement("span", this);
            out.writeAttribute("class", "chip " + line.statusStyle(), null);
            icon(out, line.statusIcon());
            out.writeText(line.statusLabel(), null);
            out.endElement("span");
            if (line.reviewDue() != null) {
                out.writeText(" ", null);
                out.startElement("span", this);
                out.writeAttribute("class", "chip chip-warn review-due", null);
                out.writeAttribute("data-therapy", line.reviewDue().therapy(), null);
                icon(out, "pi-calendar");
                out.writeText(line.reviewDue().label(), null);
                out.endElement("span");
                out.writeText(" ", null);
                span(out, "review-response muted", line.reviewDue().response(), false);
            }
            out.endElement("td");

            text(out, "col-clinician", line.clinician());
            text(out, "col-team", line.team());
            text(out, "col-updated", line.updated());
            out.endElement("tr");
        }
    }

    private void cell(ResponseWriter out, String styleClass) throws IOException {
        out.startElement("td", this);
        out.writeAttribute("class", styleClass, null);
    }

    private void text(ResponseWriter out, String styleClass, String text) throws IOException {
        cell(out, styleClass);
        out.writeText(text == null ? "" : text, null);
        out.endElement("td");
    }

    private void span(ResponseWriter out, String styleClass, String text, boolean hidden) throws IOException {
        out.startElement("span", this);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        if (hidden) {
            out.writeAttribute("aria-hidden", "true", null);
        }
        out.writeText(text, null);
        out.endElement("span");
    }

    private void icon(ResponseWriter out, String icon) throws IOException {
        out.startElement("i", this);
        out.writeAttribute("class", "pi " + icon, null);
        out.writeAttribute("aria-hidden", "true", null);
        out.endElement("i");
        out.writeText(" ", null);
    }
}
